-- "Expiring in the next 30 days": per person (a manager's line) and across the organisation, from the index
-- alone, including the check that no later completion replaced the one that expires.
CREATE INDEX ix_completion_employee_expiry ON completion (employee_id, expires_at, module_id, completed_at);
CREATE INDEX ix_completion_expiry ON completion (expires_at, employee_id, module_id, completed_at);

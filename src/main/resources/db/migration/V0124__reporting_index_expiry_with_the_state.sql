-- "Expiring in 30 days" is counted in the same scan as the other figures (docs/decisions/0014): the indexes the
-- dashboards read people's assignments from, now and as of a past day, carry the expiry too, so the scan still
-- reads no table row. Read support for reporting, on learning's tables, as decision 7 allows.
ALTER TABLE assignment
    DROP INDEX ix_assignment_employee_report,
    ADD INDEX ix_assignment_employee_report (employee_id, state, due_date, module_id, assigned_at, completed_at,
                                             expires_at);
ALTER TABLE assignment_cycle
    DROP INDEX ix_assignment_cycle_as_of,
    ADD INDEX ix_assignment_cycle_as_of (employee_id, opened_at, superseded_at, module_id, due_date, outcome, ended_at,
                                         assignment_id, expires_at);

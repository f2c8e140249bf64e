-- Lets "overdue longest" read open assignments in due-date order and stop after the first few.
CREATE INDEX ix_assignment_due_state ON assignment (due_date, state, employee_id, module_id);

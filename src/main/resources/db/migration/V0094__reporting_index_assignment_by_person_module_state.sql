-- "Expiring in 30 days" checks, for each completion about to expire, that its assignment is still completed:
-- with the state in the index that is one index look-up instead of a look-up and a read of the row. Read
-- support for reporting; learning's writes are unchanged.
CREATE INDEX ix_assignment_employee_module_state ON assignment (employee_id, module_id, state);

-- Lets the dashboards count a population's assignments from the index alone (state, due date and module per
-- employee), without reading the assignment rows. Read support for reporting; learning's writes are unchanged.
CREATE INDEX ix_assignment_employee_state ON assignment (employee_id, state, due_date, module_id);

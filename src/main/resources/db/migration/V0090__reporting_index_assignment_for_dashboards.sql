-- Replaces ix_assignment_employee_state (V0061) with the same columns plus when each assignment was made and
-- completed, so that the dashboards count a population's assignments, and draw the 12-month trend, from the
-- index alone. Read support for reporting; learning's writes are unchanged.
CREATE INDEX ix_assignment_employee_report
    ON assignment (employee_id, state, due_date, module_id, assigned_at, completed_at);
DROP INDEX ix_assignment_employee_state ON assignment;

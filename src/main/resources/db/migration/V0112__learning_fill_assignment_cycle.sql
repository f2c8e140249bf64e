-- What every assignment recorded before V0110 becomes, so that no row a customer recorded is lost:
-- 1. Each assignment row is its current cycle, as it stands: open, completed (with its latest completion),
--    exempted or closed as no longer required. The day of an exemption was not recorded before, so such a
--    cycle ends when it opened, and is marked reconstructed.
INSERT INTO assignment_cycle (assignment_id, employee_id, module_id, rule_id, reason, opened_at, due_date,
                              outcome, ended_at, completion_id, exempt_reason, reconstructed)
SELECT a.id, a.employee_id, a.module_id, a.rule_id, a.cycle_reason, a.assigned_at, a.due_date,
       CASE WHEN a.state IN ('COMPLETED', 'EXEMPTED', 'NO_LONGER_REQUIRED') THEN a.state END,
       CASE a.state
           WHEN 'COMPLETED' THEN COALESCE(a.completed_at, a.assigned_at)
           WHEN 'EXEMPTED' THEN a.assigned_at
           WHEN 'NO_LONGER_REQUIRED' THEN COALESCE(a.closed_at, a.assigned_at)
       END,
       CASE WHEN a.state = 'COMPLETED' THEN (
           SELECT c.id FROM completion c WHERE c.employee_id = a.employee_id AND c.module_id = a.module_id
           ORDER BY c.completed_at DESC, c.id DESC LIMIT 1)
       END,
       a.exempt_reason,
       a.state = 'EXEMPTED'
FROM assignment a
ORDER BY a.id;

UPDATE assignment a SET a.cycle_id = (SELECT MAX(c.id) FROM assignment_cycle c WHERE c.assignment_id = a.id);

-- 2. Every completion made before its assignment's current cycle opened ended an earlier cycle, which the
--    reopened row had overwritten: each becomes a completed cycle of its own, marked reconstructed. It opened
--    no later than the attempt that completed it; its rule and due date are not known.
INSERT INTO assignment_cycle (assignment_id, employee_id, module_id, rule_id, reason, opened_at, due_date,
                              outcome, ended_at, completion_id, reconstructed)
SELECT a.id, a.employee_id, a.module_id, NULL,
       CASE WHEN EXISTS (SELECT 1 FROM completion earlier
                         WHERE earlier.employee_id = c.employee_id AND earlier.module_id = c.module_id
                           AND (earlier.completed_at < c.completed_at
                                OR earlier.completed_at = c.completed_at AND earlier.id < c.id))
            THEN 'RECERTIFICATION' ELSE 'INITIAL' END,
       LEAST(t.started_at, c.completed_at), NULL, 'COMPLETED', c.completed_at, c.id, TRUE
FROM completion c
JOIN assignment a ON a.employee_id = c.employee_id AND a.module_id = c.module_id
JOIN quiz_attempt t ON t.id = c.attempt_id
WHERE c.completed_at < a.assigned_at
ORDER BY c.completed_at, c.id;

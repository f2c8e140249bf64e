-- Until when a completion keeps its module valid, where reports read it with the rest of the state
-- (docs/decisions/0014, 0017): a cycle that ended completed holds the expiry of the completion that ended it,
-- written once with the rest of its end; the assignment row, the current cycle, holds the expiry of the person's
-- latest completion of the module (a completion made while the module is already completed renews it). NULL:
-- not completed, or a completion that does not expire. Rows recorded before are filled from their completions.
ALTER TABLE assignment_cycle ADD COLUMN expires_at TIMESTAMP(6) NULL;
ALTER TABLE assignment ADD COLUMN expires_at TIMESTAMP(6) NULL;

UPDATE assignment_cycle c JOIN completion co ON co.id = c.completion_id
SET c.expires_at = co.expires_at
WHERE c.outcome = 'COMPLETED';

UPDATE assignment a
JOIN (SELECT co.employee_id, co.module_id, co.expires_at,
             ROW_NUMBER() OVER (PARTITION BY co.employee_id, co.module_id ORDER BY co.completed_at DESC, co.id DESC)
                 AS latest
      FROM completion co) co ON co.employee_id = a.employee_id AND co.module_id = a.module_id AND co.latest = 1
SET a.expires_at = co.expires_at
WHERE a.state = 'COMPLETED';

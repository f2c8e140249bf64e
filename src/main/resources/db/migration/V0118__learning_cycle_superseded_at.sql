-- When each cycle stopped being its person's current cycle of the module: the moment the next one opened
-- (NULL: it still is). Written once, when the next cycle opens, so that "which cycle held on day D" is a plain
-- range test rather than a search for the latest cycle opened by then (docs/decisions/0017). Cycles recorded
-- before are filled from the cycle that followed each.
ALTER TABLE assignment_cycle ADD COLUMN superseded_at TIMESTAMP(6) NULL;

UPDATE assignment_cycle c
JOIN (SELECT id, LEAD(opened_at) OVER (PARTITION BY employee_id, module_id ORDER BY opened_at, id) AS next_opened
      FROM assignment_cycle) n ON n.id = c.id
SET c.superseded_at = n.next_opened
WHERE n.next_opened IS NOT NULL;

-- Reports as of a past day read each person's cycles from this index alone: it holds every column they read.
CREATE INDEX ix_assignment_cycle_as_of ON assignment_cycle
    (employee_id, opened_at, superseded_at, module_id, due_date, outcome, ended_at, assignment_id);

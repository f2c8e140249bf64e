-- An open assignment that no rule requires any more (the person left the audience or the company) is closed
-- as NO_LONGER_REQUIRED, never deleted: the row, and the evidence next to it, stay.
ALTER TABLE assignment DROP CONSTRAINT ck_assignment_state;
ALTER TABLE assignment MODIFY state VARCHAR(20) NOT NULL;
ALTER TABLE assignment ADD CONSTRAINT ck_assignment_state
    CHECK (state IN ('ASSIGNED', 'IN_PROGRESS', 'COMPLETED', 'EXEMPTED', 'NO_LONGER_REQUIRED'));

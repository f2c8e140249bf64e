-- The assignment row is the current cycle of its person and module; cycle_id is that cycle's own row. A cycle
-- that reopens a row closed as no longer required (the person came back) now says so: RETURNED.
ALTER TABLE assignment
    ADD COLUMN cycle_id BIGINT NULL,
    ADD CONSTRAINT fk_assignment_cycle FOREIGN KEY (cycle_id) REFERENCES assignment_cycle (id);
ALTER TABLE assignment DROP CONSTRAINT ck_assignment_cycle_reason;
ALTER TABLE assignment ADD CONSTRAINT ck_assignment_cycle_reason
    CHECK (cycle_reason IN ('INITIAL', 'JOINED', 'RECERTIFICATION', 'MATERIAL_CHANGE', 'RETURNED'));

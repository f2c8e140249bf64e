-- One row per person and module is reopened for each new cycle (see docs/decisions/0012). It now says why its
-- current cycle opened, and when it was closed as no longer required.
ALTER TABLE assignment
    ADD COLUMN cycle_reason VARCHAR(20) NOT NULL DEFAULT 'INITIAL',
    ADD COLUMN closed_at TIMESTAMP(6) NULL,
    ADD CONSTRAINT ck_assignment_cycle_reason
        CHECK (cycle_reason IN ('INITIAL', 'JOINED', 'RECERTIFICATION', 'MATERIAL_CHANGE'));

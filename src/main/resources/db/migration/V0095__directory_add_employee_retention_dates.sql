-- When a person was deactivated (their contact details are pseudonymised a retention period later), when that
-- happened, and when HR erased their personal data on request. People already inactive count from today.
ALTER TABLE employee
    ADD COLUMN deactivated_at   TIMESTAMP(6) NULL,
    ADD COLUMN pseudonymised_at TIMESTAMP(6) NULL,
    ADD COLUMN erased_at        TIMESTAMP(6) NULL;

UPDATE employee SET deactivated_at = CURRENT_TIMESTAMP(6) WHERE active = FALSE;

CREATE INDEX ix_employee_deactivated ON employee (active, deactivated_at);

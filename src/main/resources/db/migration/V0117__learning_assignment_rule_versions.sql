-- Rules HR can change and retire (docs/decisions/0018). The rule row holds the settings in force now; every
-- version a rule has had is kept as a row of its own, with when it held, who made it and what it did, so that
-- the evidence for a past period shows the rules as they were then. Each existing rule gets its first version,
-- as it was created.
ALTER TABLE assignment_rule
    ADD COLUMN retired_at TIMESTAMP(6) NULL,
    ADD COLUMN retired_by BIGINT NULL,
    ADD CONSTRAINT fk_assignment_rule_retired_by FOREIGN KEY (retired_by) REFERENCES employee (id);

CREATE TABLE assignment_rule_version (
    id                        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    rule_id                   BIGINT       NOT NULL,
    audience_type             VARCHAR(16)  NOT NULL,
    audience_values           TEXT         NOT NULL,
    due_date                  DATE         NULL,
    due_in_days               INT          NULL,
    recertification           VARCHAR(16)  NOT NULL,
    recertification_lead_days INT          NULL,
    window_opens              VARCHAR(5)   NULL,
    window_due                VARCHAR(5)   NULL,
    retired                   BOOLEAN      NOT NULL DEFAULT FALSE,
    valid_from                TIMESTAMP(6) NOT NULL,
    valid_to                  TIMESTAMP(6) NULL,
    made_by                   BIGINT       NULL,
    effect                    VARCHAR(500) NOT NULL DEFAULT '',
    CONSTRAINT fk_assignment_rule_version_rule FOREIGN KEY (rule_id) REFERENCES assignment_rule (id),
    CONSTRAINT fk_assignment_rule_version_made_by FOREIGN KEY (made_by) REFERENCES employee (id),
    INDEX ix_assignment_rule_version_rule (rule_id, valid_from)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO assignment_rule_version (rule_id, audience_type, audience_values, due_date, due_in_days,
                                     recertification, recertification_lead_days, window_opens, window_due,
                                     valid_from, made_by)
SELECT id, audience_type, audience_values, due_date, due_in_days, recertification, recertification_lead_days,
       window_opens, window_due, created_at, created_by
FROM assignment_rule
ORDER BY id;

-- A change of a rule's due setting ends the open cycles it governs (SUPERSEDED) and opens their next one with
-- the new due date (RULE_CHANGED).
ALTER TABLE assignment_cycle DROP CONSTRAINT ck_assignment_cycle_reason;
ALTER TABLE assignment_cycle DROP CONSTRAINT ck_assignment_cycle_outcome;
ALTER TABLE assignment_cycle
    ADD CONSTRAINT ck_assignment_cycle_reason CHECK (reason IN ('INITIAL', 'JOINED', 'RECERTIFICATION',
                                                                'MATERIAL_CHANGE', 'RETURNED', 'RULE_CHANGED')),
    ADD CONSTRAINT ck_assignment_cycle_outcome CHECK (outcome IN ('COMPLETED', 'EXEMPTED', 'NO_LONGER_REQUIRED',
                                                                  'SUPERSEDED'));
ALTER TABLE assignment DROP CONSTRAINT ck_assignment_cycle_reason;
ALTER TABLE assignment ADD CONSTRAINT ck_assignment_cycle_reason
    CHECK (cycle_reason IN ('INITIAL', 'JOINED', 'RECERTIFICATION', 'MATERIAL_CHANGE', 'RETURNED', 'RULE_CHANGED'));

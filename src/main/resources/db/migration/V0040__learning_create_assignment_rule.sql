-- What HR asked for: a module for an audience, due by a fixed date or a number of days after assignment.
CREATE TABLE assignment_rule (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    module_id       VARCHAR(100) NOT NULL,
    audience_type   VARCHAR(16)  NOT NULL,
    audience_values TEXT         NOT NULL,
    due_date        DATE         NULL,
    due_in_days     INT          NULL,
    created_by      BIGINT       NOT NULL,
    created_at      TIMESTAMP(6) NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT ck_assignment_rule_audience CHECK (audience_type IN ('EVERYONE', 'DEPARTMENTS', 'ROLES', 'EMPLOYEES')),
    CONSTRAINT ck_assignment_rule_due CHECK ((due_date IS NULL) <> (due_in_days IS NULL)),
    CONSTRAINT fk_assignment_rule_creator FOREIGN KEY (created_by) REFERENCES employee (id),
    INDEX ix_assignment_rule_module (module_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The evidence: who completed which exact module version, how, and until when it holds.
-- One completion per attempt, so a double submit or a double "I agree" cannot create two.
CREATE TABLE completion (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    employee_id      BIGINT        NOT NULL,
    module_id        VARCHAR(100)  NOT NULL,
    module_version   VARCHAR(40)   NOT NULL,
    content_hash     CHAR(64)      NOT NULL,
    attempt_id       BIGINT        NOT NULL,
    score_percent    INT           NOT NULL,
    attestation_text VARCHAR(2000) NULL,
    attested_at      TIMESTAMP(6)  NULL,
    completed_at     TIMESTAMP(6)  NOT NULL,
    expires_at       TIMESTAMP(6)  NULL,
    CONSTRAINT uk_completion_attempt UNIQUE (attempt_id),
    CONSTRAINT fk_completion_employee FOREIGN KEY (employee_id) REFERENCES employee (id),
    CONSTRAINT fk_completion_attempt FOREIGN KEY (attempt_id) REFERENCES quiz_attempt (id),
    INDEX ix_completion_employee_module (employee_id, module_id, completed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

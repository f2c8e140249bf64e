-- A certificate for each completion. The code is long and random: it is the only key a verifier has.
CREATE TABLE certificate (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code           VARCHAR(40)   NOT NULL,
    completion_id  BIGINT        NOT NULL,
    employee_id    BIGINT        NOT NULL,
    holder_name    VARCHAR(200)  NOT NULL,
    module_id      VARCHAR(100)  NOT NULL,
    module_title   VARCHAR(300)  NOT NULL,
    module_version VARCHAR(40)   NOT NULL,
    score_percent  INT           NOT NULL,
    completed_at   TIMESTAMP(6)  NOT NULL,
    expires_at     TIMESTAMP(6)  NULL,
    issued_at      TIMESTAMP(6)  NOT NULL,
    CONSTRAINT uk_certificate_code UNIQUE (code),
    CONSTRAINT uk_certificate_completion UNIQUE (completion_id),
    CONSTRAINT fk_certificate_completion FOREIGN KEY (completion_id) REFERENCES completion (id),
    CONSTRAINT fk_certificate_employee FOREIGN KEY (employee_id) REFERENCES employee (id),
    INDEX ix_certificate_employee (employee_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Extra attempts granted by HR or the employee's manager after the module's limit was reached.
CREATE TABLE attempt_grant (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    employee_id BIGINT       NOT NULL,
    module_id   VARCHAR(100) NOT NULL,
    extra       INT          NOT NULL,
    reason      VARCHAR(500) NOT NULL,
    granted_by  BIGINT       NOT NULL,
    granted_at  TIMESTAMP(6) NOT NULL,
    CONSTRAINT ck_attempt_grant_extra CHECK (extra > 0),
    CONSTRAINT fk_attempt_grant_employee FOREIGN KEY (employee_id) REFERENCES employee (id),
    CONSTRAINT fk_attempt_grant_granter FOREIGN KEY (granted_by) REFERENCES employee (id),
    INDEX ix_attempt_grant_employee_module (employee_id, module_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A local password for an employee. Kept apart from the directory so that the directory never holds secrets.
CREATE TABLE credential (
    employee_id   BIGINT       NOT NULL PRIMARY KEY,
    password_hash VARCHAR(255) NOT NULL,
    changed_at    TIMESTAMP(6) NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_credential_employee FOREIGN KEY (employee_id) REFERENCES employee (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

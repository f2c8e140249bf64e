CREATE TABLE employee_role (
    employee_id BIGINT      NOT NULL,
    role        VARCHAR(16) NOT NULL,
    PRIMARY KEY (employee_id, role),
    CONSTRAINT fk_employee_role_employee FOREIGN KEY (employee_id) REFERENCES employee (id),
    CONSTRAINT ck_employee_role_role CHECK (role IN ('EMPLOYEE', 'MANAGER', 'HR', 'AUTHOR', 'AUDITOR'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

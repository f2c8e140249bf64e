CREATE TABLE employee (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    employee_number VARCHAR(64)  NOT NULL,
    email           VARCHAR(254) NOT NULL,
    display_name    VARCHAR(200) NOT NULL,
    locale          VARCHAR(35)  NOT NULL DEFAULT 'en',
    hire_date       DATE         NULL,
    active          BOOLEAN      NOT NULL DEFAULT TRUE,
    department_id   BIGINT       NULL,
    manager_id      BIGINT       NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_employee_number UNIQUE (employee_number),
    CONSTRAINT uk_employee_email UNIQUE (email),
    CONSTRAINT fk_employee_department FOREIGN KEY (department_id) REFERENCES department (id),
    CONSTRAINT fk_employee_manager FOREIGN KEY (manager_id) REFERENCES employee (id),
    INDEX ix_employee_manager (manager_id),
    INDEX ix_employee_department (department_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

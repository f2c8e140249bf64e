CREATE TABLE department (
    id      BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name    VARCHAR(200) NOT NULL,
    version BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_department_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

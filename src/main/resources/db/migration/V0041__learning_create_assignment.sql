-- One record per employee and module. Overdue is derived from due_date, never stored.
CREATE TABLE assignment (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    employee_id   BIGINT       NOT NULL,
    module_id     VARCHAR(100) NOT NULL,
    rule_id       BIGINT       NULL,
    state         VARCHAR(16)  NOT NULL,
    assigned_at   TIMESTAMP(6) NOT NULL,
    due_date      DATE         NOT NULL,
    completed_at  TIMESTAMP(6) NULL,
    exempt_reason VARCHAR(500) NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_assignment_employee_module UNIQUE (employee_id, module_id),
    CONSTRAINT ck_assignment_state CHECK (state IN ('ASSIGNED', 'IN_PROGRESS', 'COMPLETED', 'EXEMPTED')),
    CONSTRAINT fk_assignment_employee FOREIGN KEY (employee_id) REFERENCES employee (id),
    CONSTRAINT fk_assignment_rule FOREIGN KEY (rule_id) REFERENCES assignment_rule (id),
    INDEX ix_assignment_module_state (module_id, state, due_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

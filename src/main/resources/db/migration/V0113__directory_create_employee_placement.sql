-- Where each person was, and since when: their department, manager and whether employed, one row per period
-- (valid_to NULL: still so). Written by each staff list import, never overwritten, so that reports as of a
-- past date group people by where they were then (docs/decisions/0017).
-- Before this release only the present was kept, so each person's current placement is taken to have held
-- since they were hired (since the upgrade, without a hire date); a person who left was employed there until
-- they were deactivated. These rows are marked reconstructed.
CREATE TABLE employee_placement (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    employee_id   BIGINT       NOT NULL,
    department_id BIGINT       NULL,
    manager_id    BIGINT       NULL,
    active        BOOLEAN      NOT NULL,
    valid_from    TIMESTAMP(6) NOT NULL,
    valid_to      TIMESTAMP(6) NULL,
    reconstructed BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT fk_employee_placement_employee FOREIGN KEY (employee_id) REFERENCES employee (id),
    CONSTRAINT fk_employee_placement_department FOREIGN KEY (department_id) REFERENCES department (id),
    CONSTRAINT fk_employee_placement_manager FOREIGN KEY (manager_id) REFERENCES employee (id),
    INDEX ix_employee_placement_employee (employee_id, valid_to),
    INDEX ix_employee_placement_period (valid_from, valid_to)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO employee_placement (employee_id, department_id, manager_id, active, valid_from, valid_to, reconstructed)
SELECT id, department_id, manager_id, TRUE,
       LEAST(COALESCE(TIMESTAMP(hire_date), CURRENT_TIMESTAMP(6)), COALESCE(deactivated_at, CURRENT_TIMESTAMP(6)),
             CURRENT_TIMESTAMP(6)),
       CASE WHEN active THEN NULL ELSE COALESCE(deactivated_at, CURRENT_TIMESTAMP(6)) END,
       TRUE
FROM employee
ORDER BY id;

INSERT INTO employee_placement (employee_id, department_id, manager_id, active, valid_from, valid_to, reconstructed)
SELECT id, department_id, manager_id, FALSE, COALESCE(deactivated_at, CURRENT_TIMESTAMP(6)), NULL, TRUE
FROM employee
WHERE NOT active
ORDER BY id;

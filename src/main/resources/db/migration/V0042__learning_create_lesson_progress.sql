-- Where a person is in a module, so that they resume at the same lesson.
CREATE TABLE lesson_progress (
    employee_id     BIGINT       NOT NULL,
    module_id       VARCHAR(100) NOT NULL,
    current_lesson  INT          NOT NULL,
    furthest_lesson INT          NOT NULL,
    lesson_count    INT          NOT NULL,
    updated_at      TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (employee_id, module_id),
    CONSTRAINT fk_lesson_progress_employee FOREIGN KEY (employee_id) REFERENCES employee (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every cycle of a person and module is its own row, written once when it opens and once when it ends, and
-- never overwritten after that (docs/decisions/0017). The assignment row stays the current cycle, so that
-- "where does this person stand now" is still one cheap read; assignment.cycle_id points at its row here.
-- A cycle is open while outcome is NULL; overdue is derived from due_date and ended_at, never stored.
-- Reconstructed cycles were rebuilt by V0112 from completions made before this table existed: their rule and
-- due date are not known (NULL), and they opened no later than the attempt that completed them.
CREATE TABLE assignment_cycle (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    assignment_id BIGINT       NOT NULL,
    employee_id   BIGINT       NOT NULL,
    module_id     VARCHAR(100) NOT NULL,
    rule_id       BIGINT       NULL,
    reason        VARCHAR(20)  NOT NULL,
    opened_at     TIMESTAMP(6) NOT NULL,
    due_date      DATE         NULL,
    outcome       VARCHAR(20)  NULL,
    ended_at      TIMESTAMP(6) NULL,
    completion_id BIGINT       NULL,
    exempt_reason VARCHAR(500) NULL,
    exempted_by   BIGINT       NULL,
    reconstructed BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT ck_assignment_cycle_reason
        CHECK (reason IN ('INITIAL', 'JOINED', 'RECERTIFICATION', 'MATERIAL_CHANGE', 'RETURNED')),
    CONSTRAINT ck_assignment_cycle_outcome CHECK (outcome IN ('COMPLETED', 'EXEMPTED', 'NO_LONGER_REQUIRED')),
    CONSTRAINT ck_assignment_cycle_ended CHECK ((outcome IS NULL) = (ended_at IS NULL)),
    CONSTRAINT ck_assignment_cycle_due CHECK (due_date IS NOT NULL OR reconstructed),
    CONSTRAINT fk_assignment_cycle_assignment FOREIGN KEY (assignment_id) REFERENCES assignment (id),
    CONSTRAINT fk_assignment_cycle_employee FOREIGN KEY (employee_id) REFERENCES employee (id),
    CONSTRAINT fk_assignment_cycle_rule FOREIGN KEY (rule_id) REFERENCES assignment_rule (id),
    -- Completions are deleted after the evidence period; the cycle then still says it was completed.
    CONSTRAINT fk_assignment_cycle_completion FOREIGN KEY (completion_id) REFERENCES completion (id)
        ON DELETE SET NULL,
    CONSTRAINT fk_assignment_cycle_exempted_by FOREIGN KEY (exempted_by) REFERENCES employee (id),
    INDEX ix_assignment_cycle_assignment (assignment_id, opened_at),
    INDEX ix_assignment_cycle_module_opened (module_id, opened_at),
    INDEX ix_assignment_cycle_employee (employee_id, module_id, opened_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

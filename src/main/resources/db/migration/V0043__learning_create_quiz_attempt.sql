-- A quiz attempt is pinned to the module version it started on, and keeps that version's rules (pass mark,
-- attestation, recertification period), so a later edit of the module changes nothing for it. The draw (questions and option order) is
-- stored, so a reload shows the same attempt. attempt_number is unique per person and module, and scoring
-- only happens by moving state from IN_PROGRESS to SUBMITTED, so an attempt is scored exactly once.
CREATE TABLE quiz_attempt (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    employee_id    BIGINT       NOT NULL,
    module_id      VARCHAR(100) NOT NULL,
    module_version VARCHAR(40)  NOT NULL,
    content_hash   CHAR(64)      NOT NULL,
    module_title   VARCHAR(300)  NOT NULL,
    pass_mark      INT           NOT NULL,
    attestation    VARCHAR(2000) NULL,
    recertify_every VARCHAR(20)  NULL,
    attempt_number INT          NOT NULL,
    draw           TEXT         NOT NULL,
    state          VARCHAR(16)  NOT NULL,
    started_at     TIMESTAMP(6) NOT NULL,
    submitted_at   TIMESTAMP(6) NULL,
    score_percent  INT          NULL,
    passed         BOOLEAN      NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_quiz_attempt_number UNIQUE (employee_id, module_id, attempt_number),
    CONSTRAINT ck_quiz_attempt_state CHECK (state IN ('IN_PROGRESS', 'SUBMITTED')),
    CONSTRAINT fk_quiz_attempt_employee FOREIGN KEY (employee_id) REFERENCES employee (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE quiz_answer (
    attempt_id   BIGINT       NOT NULL,
    question_key INT          NOT NULL,
    chosen       VARCHAR(200) NOT NULL,
    answered_at  TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (attempt_id, question_key),
    CONSTRAINT fk_quiz_answer_attempt FOREIGN KEY (attempt_id) REFERENCES quiz_attempt (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The delivery log: every e-mail Steward sends or will send, at most one per (kind, recipient, subject, occasion).
-- Planning inserts with INSERT IGNORE on that key, so planning twice (or on two instances) plans each mail once.
-- about_id is what the mail is about (an assignment, a completion, a person; 0 for digests); occasion tells
-- repeated mails about the same thing apart (a due date and the days before it, a week).
CREATE TABLE notification_delivery (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind            VARCHAR(24)  NOT NULL,
    recipient_id    BIGINT       NOT NULL,
    about_id        BIGINT       NOT NULL DEFAULT 0,
    occasion        VARCHAR(40)  NOT NULL,
    recipient_email VARCHAR(254) NOT NULL,
    subject         VARCHAR(300) NOT NULL,
    body_text       MEDIUMTEXT   NOT NULL,
    body_html       MEDIUMTEXT   NOT NULL,
    status          VARCHAR(12)  NOT NULL,
    attempts        INT          NOT NULL DEFAULT 0,
    planned_at      TIMESTAMP(6) NOT NULL,
    next_attempt_at TIMESTAMP(6) NULL,
    claim           CHAR(36)     NULL,
    claimed_at      TIMESTAMP(6) NULL,
    sent_at         TIMESTAMP(6) NULL,
    last_error      VARCHAR(500) NULL,
    CONSTRAINT uk_notification_delivery_occasion UNIQUE (kind, recipient_id, about_id, occasion),
    CONSTRAINT ck_notification_delivery_status
        CHECK (status IN ('PENDING', 'SENDING', 'RETRY', 'SENT', 'FAILED', 'CANCELLED')),
    CONSTRAINT fk_notification_delivery_recipient FOREIGN KEY (recipient_id) REFERENCES employee (id),
    INDEX ix_notification_delivery_due (status, next_attempt_at),
    INDEX ix_notification_delivery_recipient (recipient_id, planned_at),
    INDEX ix_notification_delivery_planned (planned_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The audit trail: append-only, each entry chained to the one before by a SHA-256 hash over the canonical
-- entry and the previous hash. People appear only as pseudonyms; the mapping is in audit_pseudonym, outside
-- the chained data, so erasing a person later does not break verification. Times are UTC (DATETIME, so no
-- session time zone can shift what was hashed).
CREATE TABLE audit_entry (
    id            BIGINT        NOT NULL PRIMARY KEY,
    occurred_at   DATETIME(6)   NOT NULL,
    actor         VARCHAR(40)   NOT NULL,
    action        VARCHAR(60)   NOT NULL,
    subject       VARCHAR(200)  NOT NULL,
    outcome       VARCHAR(16)   NOT NULL,
    detail        VARCHAR(1000) NOT NULL,
    previous_hash CHAR(64)      NOT NULL,
    hash          CHAR(64)      NOT NULL,
    INDEX ix_audit_entry_occurred (occurred_at),
    INDEX ix_audit_entry_action (action, occurred_at),
    INDEX ix_audit_entry_subject (subject)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row: the end of the chain. Appending locks it, so entries are chained one at a time, in commit order.
CREATE TABLE audit_chain_head (
    id        TINYINT  NOT NULL PRIMARY KEY,
    last_id   BIGINT   NOT NULL,
    last_hash CHAR(64) NOT NULL,
    CONSTRAINT ck_audit_chain_head_single CHECK (id = 1)
) ENGINE = InnoDB;

INSERT INTO audit_chain_head (id, last_id, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE TABLE audit_pseudonym (
    pseudonym   CHAR(24) NOT NULL PRIMARY KEY,
    employee_id BIGINT   NOT NULL,
    CONSTRAINT uk_audit_pseudonym_employee UNIQUE (employee_id),
    CONSTRAINT fk_audit_pseudonym_employee FOREIGN KEY (employee_id) REFERENCES employee (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

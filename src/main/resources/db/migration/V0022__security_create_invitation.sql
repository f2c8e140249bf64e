-- A one-time link with which a new person sets their first password: one open invitation per person.
-- Only the SHA-256 of the token is kept.
CREATE TABLE invitation (
    employee_id BIGINT       NOT NULL PRIMARY KEY,
    token_hash  CHAR(64)     NOT NULL,
    issued_at   TIMESTAMP(6) NOT NULL,
    expires_at  TIMESTAMP(6) NOT NULL,
    used_at     TIMESTAMP(6) NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_invitation_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_invitation_employee FOREIGN KEY (employee_id) REFERENCES employee (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

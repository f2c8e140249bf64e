-- A bearer token for the HTTP API. Only the SHA-256 of the token is kept; the token itself is shown once.
-- owner_id is the HR person who created it; NULL for the token given by STEWARD_BOOTSTRAP_HR_TOKEN.
CREATE TABLE api_token (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name         VARCHAR(100) NOT NULL,
    token_hash   CHAR(64)     NOT NULL,
    owner_id     BIGINT       NULL,
    bootstrap    BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at   TIMESTAMP(6) NOT NULL,
    last_used_at TIMESTAMP(6) NULL,
    revoked_at   TIMESTAMP(6) NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_api_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_api_token_owner FOREIGN KEY (owner_id) REFERENCES employee (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

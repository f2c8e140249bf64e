-- What a token may be used for. No CHECK on the values: a new scope is a new enum constant, not a migration.
CREATE TABLE api_token_scope (
    token_id BIGINT      NOT NULL,
    scope    VARCHAR(32) NOT NULL,
    PRIMARY KEY (token_id, scope),
    CONSTRAINT fk_api_token_scope_token FOREIGN KEY (token_id) REFERENCES api_token (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

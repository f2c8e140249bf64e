-- When a person's sessions were last ended (deactivated, roles changed, a new password), on any instance: every
-- instance signs out a session of theirs that began before it (docs/decisions/0021). One row per person.
CREATE TABLE session_revocation (
    employee_id BIGINT       NOT NULL PRIMARY KEY,
    revoked_at  TIMESTAMP(6) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

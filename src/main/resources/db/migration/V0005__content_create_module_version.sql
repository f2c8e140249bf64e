-- Every distinct module version that has been served, so that a completion can name exactly what was seen and
-- an old attempt's questions can still be shown after the file has changed. The same version number with two
-- hashes means an author changed a module without raising its version; both rows are kept.
CREATE TABLE module_version (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    module_id       VARCHAR(64)  NOT NULL,
    version         VARCHAR(32)  NOT NULL,
    content_hash    CHAR(64)     NOT NULL,
    title           VARCHAR(200) NOT NULL,
    first_served_at TIMESTAMP(6) NOT NULL,
    questions       LONGTEXT     NOT NULL,
    CONSTRAINT uk_module_version UNIQUE (module_id, version, content_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

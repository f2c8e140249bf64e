-- Failed sign-ins and failed password checks, counted per account and client and per client
-- (docs/decisions/0020): in the database, so that every instance sees the same counts. The key is a SHA-256
-- of what is counted (the normalised name and the client's address), so the table holds neither. A row is
-- removed once its window and its lock are over, so the table holds only the last quarter hour's failures.
CREATE TABLE sign_in_throttle (
    throttle_key CHAR(64)     NOT NULL PRIMARY KEY,
    failures     INT          NOT NULL,
    window_start TIMESTAMP(6) NOT NULL,
    locked_until TIMESTAMP(6) NULL,
    INDEX ix_sign_in_throttle_window (window_start)
) ENGINE = InnoDB DEFAULT CHARSET = ascii;

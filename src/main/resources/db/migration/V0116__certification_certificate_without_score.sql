-- The certificate of a module completed by reading and attesting has no score (V0115).
ALTER TABLE certificate MODIFY score_percent INT NULL;

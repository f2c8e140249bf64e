-- A module without a quiz (a policy to read and acknowledge) is completed by reading every lesson and agreeing
-- to its attestation: such a completion has no quiz attempt and no score. Every other completion keeps both.
ALTER TABLE completion
    MODIFY attempt_id BIGINT NULL,
    MODIFY score_percent INT NULL,
    ADD CONSTRAINT ck_completion_evidence CHECK (
        (attempt_id IS NOT NULL AND score_percent IS NOT NULL)
        OR (attempt_id IS NULL AND score_percent IS NULL AND attestation_text IS NOT NULL));

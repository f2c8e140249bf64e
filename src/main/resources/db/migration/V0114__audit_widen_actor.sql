-- An API request is recorded with its token as the actor: its id, its name (up to 100 characters) and its
-- owner's pseudonym, which does not fit in 40 characters. Widening keeps every entry and its hash as they are.
ALTER TABLE audit_entry MODIFY actor VARCHAR(200) NOT NULL;

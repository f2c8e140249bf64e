-- How a rule's completions are renewed: ROLLING opens the next cycle a lead time before the completion expires
-- (NULL lead: the application's default); CALENDAR opens it in a yearly window ('MM-DD' to 'MM-DD').
-- A rule created over the API by the bootstrap token has no creator person, hence created_by may be NULL.
ALTER TABLE assignment_rule
    ADD COLUMN recertification VARCHAR(16) NOT NULL DEFAULT 'ROLLING',
    ADD COLUMN recertification_lead_days INT NULL,
    ADD COLUMN window_opens VARCHAR(5) NULL,
    ADD COLUMN window_due VARCHAR(5) NULL,
    MODIFY created_by BIGINT NULL,
    ADD CONSTRAINT ck_assignment_rule_recertification CHECK (
        (recertification = 'ROLLING' AND window_opens IS NULL AND window_due IS NULL)
        OR (recertification = 'CALENDAR' AND window_opens IS NOT NULL AND window_due IS NOT NULL
            AND recertification_lead_days IS NULL));

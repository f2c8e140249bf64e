-- A third due setting: a number of days after each person's hire date (from the staff list), for joiners'
-- onboarding training. A rule has exactly one of the three; every rule recorded so far has one of the first two.
ALTER TABLE assignment_rule ADD COLUMN due_days_after_hire INT NULL;
ALTER TABLE assignment_rule DROP CONSTRAINT ck_assignment_rule_due;
ALTER TABLE assignment_rule ADD CONSTRAINT ck_assignment_rule_due
    CHECK ((due_date IS NOT NULL) + (due_in_days IS NOT NULL) + (due_days_after_hire IS NOT NULL) = 1);
ALTER TABLE assignment_rule_version ADD COLUMN due_days_after_hire INT NULL;

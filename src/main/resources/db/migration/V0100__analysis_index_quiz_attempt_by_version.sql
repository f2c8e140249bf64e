-- Question analysis reads the submitted attempts of one module version at a time, and the first attempt of each
-- person on it. Without this index each analysis would scan every attempt ever made.
CREATE INDEX ix_quiz_attempt_version ON quiz_attempt (module_id, module_version, content_hash, state, employee_id,
                                                      attempt_number);

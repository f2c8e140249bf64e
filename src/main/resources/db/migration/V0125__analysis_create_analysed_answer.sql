-- Question analysis counts the first submitted attempt of each person on a module version (decision 16). Until
-- now it found those attempts and their answers among all attempts on every analysis, which took 12 s for a
-- version with a million attempts (decision 27). From now on the analysis keeps its own copy as attempts are
-- scored: one row per question a first attempt drew, with the options chosen ('' for none), stored by version
-- so that an analysis reads one range of a narrow table (and the attempts by score, to find where the best and
-- the weakest 27% end, from the second index). The attempt id orders ties and ties the row to the answers it
-- copies: the copy is erased with a person's answers and expires with them (the quiz-answers period).
CREATE TABLE analysed_version (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    module_id      VARCHAR(100) NOT NULL,
    module_version VARCHAR(40)  NOT NULL,
    content_hash   CHAR(64)     NOT NULL,
    CONSTRAINT uk_analysed_version UNIQUE (module_id, module_version, content_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE analysed_answer (
    version_id    BIGINT       NOT NULL,
    attempt_id    BIGINT       NOT NULL,
    score_percent INT          NOT NULL,
    question_key  INT          NOT NULL,
    chosen        VARCHAR(200) NOT NULL,
    submitted_at  TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (version_id, attempt_id, question_key),
    INDEX ix_analysed_answer_score (version_id, score_percent, attempt_id),
    INDEX ix_analysed_answer_attempt (attempt_id),
    INDEX ix_analysed_answer_submitted (submitted_at),
    CONSTRAINT fk_analysed_answer_version FOREIGN KEY (version_id) REFERENCES analysed_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The attempts recorded so far: the first submitted attempt of each person on each version, except people whose
-- personal data was erased (their answers are gone). The drawn questions are the keys before the colons of the
-- stored draw: "3:2,1,4;7:1,3,2" is read as the JSON array [3,7].
INSERT INTO analysed_version (module_id, module_version, content_hash)
SELECT DISTINCT module_id, module_version, content_hash FROM quiz_attempt WHERE state = 'SUBMITTED';

INSERT INTO analysed_answer (version_id, attempt_id, score_percent, question_key, chosen, submitted_at)
SELECT v.id, a.id, a.score_percent, d.question_key, COALESCE(ans.chosen, ''), a.submitted_at
FROM (SELECT employee_id, module_id, module_version, content_hash, MIN(attempt_number) AS first_number
      FROM quiz_attempt
      WHERE state = 'SUBMITTED'
      GROUP BY employee_id, module_id, module_version, content_hash) f
JOIN quiz_attempt a ON a.employee_id = f.employee_id AND a.module_id = f.module_id
                   AND a.attempt_number = f.first_number
JOIN analysed_version v ON v.module_id = a.module_id AND v.module_version = a.module_version
                       AND v.content_hash = a.content_hash
JOIN employee e ON e.id = a.employee_id AND e.erased_at IS NULL
JOIN JSON_TABLE(CONCAT('[', REPLACE(REGEXP_REPLACE(a.draw, ':[^;]*', ''), ';', ','), ']'), '$[*]'
                COLUMNS (question_key INT PATH '$')) AS d
LEFT JOIN quiz_answer ans ON ans.attempt_id = a.id AND ans.question_key = d.question_key
WHERE d.question_key IS NOT NULL;

-- Nothing else reads attempts by version; the index only slowed every attempt's insert.
DROP INDEX ix_quiz_attempt_version ON quiz_attempt;

package io.steward.learning.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Answers are saved the moment they are given; one row per question, replaced on change. */
@Repository
public class QuizAnswerRepository {

    private final JdbcClient jdbc;

    QuizAnswerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void save(long attemptId, int questionKey, Set<Integer> chosen, Instant at) {
        String value = new TreeSet<>(chosen).stream().map(String::valueOf).collect(Collectors.joining(","));
        jdbc.sql("""
                INSERT INTO quiz_answer (attempt_id, question_key, chosen, answered_at) VALUES (?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE chosen = VALUES(chosen), answered_at = VALUES(answered_at)""")
                .params(attemptId, questionKey, value, Timestamp.from(at))
                .update();
    }

    public Map<Integer, Set<Integer>> answers(long attemptId) {
        Map<Integer, Set<Integer>> answers = new HashMap<>();
        jdbc.sql("SELECT question_key, chosen FROM quiz_answer WHERE attempt_id = ?").param(attemptId)
                .query((rs, n) -> answers.put(rs.getInt(1), parse(rs.getString(2))))
                .list();
        return answers;
    }

    private static Set<Integer> parse(String chosen) {
        if (chosen.isEmpty()) {
            return Set.of();
        }
        return Arrays.stream(chosen.split(",")).map(Integer::valueOf).collect(Collectors.toSet());
    }
}

package io.steward.analysis.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The answers question analysis counts, kept in {@code analysed_answer} as attempts are scored: the first
 * submitted attempt of each person on a module version, one row per question it drew (decision 27). Analysing a
 * version reads its range of that table, whatever the number of attempts on other versions or of retakes, and
 * nothing that identifies a person leaves a query: the attempt id only orders ties.
 */
@Component
public class AnalysedAnswers {

    /** Where an attempt ranks among the analysed attempts on its version, by score. */
    public enum Band {
        UPPER, MIDDLE, LOWER
    }

    /** A version with submitted attempts, and how many people made them. */
    public record AttemptedVersion(String version, String contentHash, long people) {
    }

    /**
     * How many analysed attempts in one band that were given this question chose exactly this set of options;
     * an empty set is no answer.
     */
    public record AnswerTally(int questionKey, Band band, Set<Integer> chosen, long attempts) {
    }

    private final JdbcClient jdbc;

    AnalysedAnswers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Copies a scored attempt's answers when it is the person's first submitted attempt on its version, in the
     * transaction that scored it; a retake copies nothing. Answers whether it copied.
     */
    public boolean copyFirstAttempt(long attemptId) {
        return jdbc.sql("""
                INSERT INTO analysed_answer (version_id, attempt_id, score_percent, question_key, chosen, submitted_at)
                SELECT :version, a.id, a.score_percent, d.question_key, COALESCE(ans.chosen, ''), a.submitted_at
                FROM quiz_attempt a
                JOIN JSON_TABLE(CONCAT('[', REPLACE(REGEXP_REPLACE(a.draw, ':[^;]*', ''), ';', ','), ']'), '$[*]'
                                COLUMNS (question_key INT PATH '$')) AS d
                LEFT JOIN quiz_answer ans ON ans.attempt_id = a.id AND ans.question_key = d.question_key
                WHERE a.id = :attempt AND a.state = 'SUBMITTED'
                  AND NOT EXISTS (SELECT 1 FROM quiz_attempt o
                                  WHERE o.employee_id = a.employee_id AND o.module_id = a.module_id
                                    AND o.module_version = a.module_version AND o.content_hash = a.content_hash
                                    AND o.state = 'SUBMITTED' AND o.id <> a.id)""")
                .param("version", versionOf(attemptId))
                .param("attempt", attemptId)
                .update() > 0;
    }

    /** The id of the attempt's version in {@code analysed_version}, added by the first attempt scored on it. */
    private long versionOf(long attemptId) {
        String find = """
                SELECT v.id FROM quiz_attempt a
                JOIN analysed_version v ON v.module_id = a.module_id AND v.module_version = a.module_version
                                       AND v.content_hash = a.content_hash
                WHERE a.id = :attempt""";
        return jdbc.sql(find).param("attempt", attemptId).query(Long.class).optional().orElseGet(() -> {
            // Two first attempts on a new version may get here at once: the unique key keeps one row, and the
            // locking read sees it even when the other transaction added it after this one's snapshot.
            jdbc.sql("""
                    INSERT IGNORE INTO analysed_version (module_id, module_version, content_hash)
                    SELECT module_id, module_version, content_hash FROM quiz_attempt WHERE id = :attempt""")
                    .param("attempt", attemptId).update();
            return jdbc.sql(find + " LOCK IN SHARE MODE").param("attempt", attemptId).query(Long.class).single();
        });
    }

    /** Removes the copies of a person's answers, as their answers are removed. */
    public void erase(long employeeId) {
        jdbc.sql("""
                DELETE x FROM analysed_answer x JOIN quiz_attempt a ON a.id = x.attempt_id
                WHERE a.employee_id = :person""")
                .param("person", employeeId)
                .update();
    }

    /** The versions of a module with analysed attempts, the one first attempted most recently first. */
    public List<AttemptedVersion> versions(String moduleId) {
        return jdbc.sql("""
                SELECT v.module_version, v.content_hash, COUNT(DISTINCT x.attempt_id)
                FROM analysed_version v JOIN analysed_answer x ON x.version_id = v.id
                WHERE v.module_id = :module
                GROUP BY v.id, v.module_version, v.content_hash
                ORDER BY MIN(x.submitted_at) DESC""")
                .param("module", moduleId)
                .query((rs, n) -> new AttemptedVersion(rs.getString(1), rs.getString(2), rs.getLong(3)))
                .list();
    }

    /**
     * The answers on a version, grouped by question, band and chosen options. The attempts are ranked by score
     * (ties by the order they were started); the best {@code groupSize} are the upper band, the weakest
     * {@code groupSize} the lower band. Where each band ends is found from the attempts' scores first, so that
     * the answers are then counted in one pass, without ranking them.
     */
    public List<AnswerTally> tallies(String moduleId, String version, String contentHash, int groupSize) {
        Optional<Long> versionId = jdbc.sql("""
                SELECT id FROM analysed_version
                WHERE module_id = :module AND module_version = :version AND content_hash = :hash""")
                .param("module", moduleId).param("version", version).param("hash", contentHash)
                .query(Long.class).optional();
        if (versionId.isEmpty()) {
            return List.of();
        }
        long id = versionId.get();
        Map<Integer, Long> attemptsByScore = new TreeMap<>();
        jdbc.sql("""
                SELECT score_percent, COUNT(DISTINCT attempt_id) FROM analysed_answer WHERE version_id = :id
                GROUP BY score_percent""")
                .param("id", id)
                .query(rs -> {
                    attemptsByScore.put(rs.getInt(1), rs.getLong(2));
                });
        Edge upper = edge(id, attemptsByScore, groupSize, true);
        Edge lower = edge(id, attemptsByScore, groupSize, false);
        return jdbc.sql("""
                SELECT question_key,
                       CASE WHEN score_percent > :upperScore
                                 OR (score_percent = :upperScore AND attempt_id <= :upperAttempt) THEN 'UPPER'
                            WHEN score_percent < :lowerScore
                                 OR (score_percent = :lowerScore AND attempt_id >= :lowerAttempt) THEN 'LOWER'
                            ELSE 'MIDDLE' END AS band,
                       chosen, COUNT(*) AS attempts
                FROM analysed_answer
                WHERE version_id = :id
                GROUP BY question_key, band, chosen
                ORDER BY NULL""")
                .param("id", id)
                .param("upperScore", upper.score()).param("upperAttempt", upper.attempt())
                .param("lowerScore", lower.score()).param("lowerAttempt", lower.attempt())
                .query((rs, n) -> new AnswerTally(rs.getInt(1), Band.valueOf(rs.getString(2)), options(rs.getString(3)),
                        rs.getLong(4)))
                .list();
    }

    /**
     * The last attempt in a band: its score and attempt id. The upper band is every attempt scoring more than
     * the edge's score, and those scoring the same up to its attempt id; the lower band every attempt scoring
     * less, and those scoring the same from its attempt id on (ties rank by attempt id, so the weakest of a tie
     * are its last). An empty band has an edge no attempt reaches.
     */
    private record Edge(int score, long attempt) {
        static final Edge NO_UPPER = new Edge(Integer.MAX_VALUE, Long.MIN_VALUE);
        static final Edge NO_LOWER = new Edge(Integer.MIN_VALUE, Long.MAX_VALUE);
    }

    private Edge edge(long versionId, Map<Integer, Long> attemptsByScore, int groupSize, boolean upper) {
        List<Integer> scores = new ArrayList<>(attemptsByScore.keySet());
        if (upper) {
            Collections.reverse(scores);
        }
        long before = 0;
        for (int score : scores) {
            long here = attemptsByScore.get(score);
            if (groupSize > 0 && before + here >= groupSize) {
                long attempt = jdbc.sql("""
                        SELECT attempt_id FROM analysed_answer
                        WHERE version_id = :id AND score_percent = :score
                        GROUP BY attempt_id
                        ORDER BY attempt_id %s
                        LIMIT 1 OFFSET :offset""".formatted(upper ? "ASC" : "DESC"))
                        .param("id", versionId).param("score", score).param("offset", groupSize - before - 1)
                        .query(Long.class).single();
                return new Edge(score, attempt);
            }
            before += here;
        }
        return upper ? Edge.NO_UPPER : Edge.NO_LOWER;
    }

    /** Chosen options are stored as their keys in ascending order, comma-separated. */
    private static Set<Integer> options(String chosen) {
        if (chosen.isEmpty()) {
            return Set.of();
        }
        return Arrays.stream(chosen.split(",")).map(Integer::valueOf).collect(Collectors.toUnmodifiableSet());
    }
}

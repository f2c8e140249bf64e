package io.steward.analysis.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts, in the database, how the attempts on one module version answered each question. Only the first
 * submitted attempt of each person on the version counts, and nothing that identifies a person leaves the query:
 * the employee id is used inside it to find first attempts and is never selected.
 */
@Component
public class AnswerTallyQuery {

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

    AnswerTallyQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<AttemptedVersion> versions(String moduleId) {
        return jdbc.sql("""
                SELECT module_version, content_hash, COUNT(DISTINCT employee_id)
                FROM quiz_attempt
                WHERE module_id = :module AND state = 'SUBMITTED'
                GROUP BY module_version, content_hash
                ORDER BY MIN(submitted_at) DESC""")
                .param("module", moduleId)
                .query((rs, n) -> new AttemptedVersion(rs.getString(1), rs.getString(2), rs.getLong(3)))
                .list();
    }

    /**
     * The answers to the given questions, grouped by question, band and chosen options. The first attempts are
     * ranked by score (ties by the order they were started); the best {@code groupSize} are the upper band, the
     * weakest {@code groupSize} the lower band. A question counts for an attempt only when the attempt drew it.
     */
    public List<AnswerTally> tallies(String moduleId, String version, String contentHash, List<Integer> questionKeys,
            int groupSize) {
        return jdbc.sql("""
                WITH firsts AS (
                    SELECT a.id, a.score_percent
                    FROM (SELECT employee_id, MIN(attempt_number) AS first_number
                          FROM quiz_attempt
                          WHERE module_id = :module AND module_version = :version AND content_hash = :hash
                            AND state = 'SUBMITTED'
                          GROUP BY employee_id) f
                    JOIN quiz_attempt a ON a.employee_id = f.employee_id AND a.module_id = :module
                                       AND a.attempt_number = f.first_number),
                ranked AS (
                    SELECT id, ROW_NUMBER() OVER (ORDER BY score_percent DESC, id) AS place,
                           COUNT(*) OVER () AS total
                    FROM firsts),
                banded AS (
                    SELECT id, CASE WHEN place <= :group THEN 'UPPER'
                                    WHEN place > total - :group THEN 'LOWER'
                                    ELSE 'MIDDLE' END AS band
                    FROM ranked)
                SELECT q.question_key, b.band, COALESCE(ans.chosen, '') AS chosen, COUNT(*) AS attempts
                FROM banded b
                JOIN quiz_attempt a ON a.id = b.id
                JOIN JSON_TABLE(:keys, '$[*]' COLUMNS (question_key INT PATH '$')) AS q
                  ON CONCAT(';', a.draw) LIKE CONCAT('%;', q.question_key, ':%')
                LEFT JOIN quiz_answer ans ON ans.attempt_id = b.id AND ans.question_key = q.question_key
                GROUP BY q.question_key, b.band, COALESCE(ans.chosen, '')""")
                .param("module", moduleId)
                .param("version", version)
                .param("hash", contentHash)
                .param("group", groupSize)
                .param("keys", questionKeys.stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]")))
                .query((rs, n) -> new AnswerTally(rs.getInt(1), Band.valueOf(rs.getString(2)), options(rs.getString(3)),
                        rs.getLong(4)))
                .list();
    }

    /** Chosen options are stored as their keys in ascending order, comma-separated. */
    private static Set<Integer> options(String chosen) {
        if (chosen.isEmpty()) {
            return Set.of();
        }
        return Arrays.stream(chosen.split(",")).map(Integer::valueOf).collect(Collectors.toUnmodifiableSet());
    }
}

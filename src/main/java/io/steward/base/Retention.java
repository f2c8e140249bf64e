package io.steward.base;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * How a feature lets its records expire. Each feature provides one {@link Task} bean per kind of record it keeps
 * for a limited time; the privacy feature's nightly job runs them in chunks (one transaction per chunk), shows HR
 * a dry run first, and records in the audit trail what each run did.
 */
public final class Retention {

    private Retention() {}

    /** Deletes or pseudonymises one kind of record once it is past its retention period. */
    public interface Task {

        /** A stable key for the kind of record, such as {@code quiz-answers} (bundle key {@code retention.<kind>}). */
        String kind();

        /** How many records have expired at {@code now}: what the next run would delete or pseudonymise. */
        long expired(Instant now);

        /**
         * Deletes or pseudonymises at most {@code limit} expired records in the caller's transaction and answers
         * how many it did; 0 means nothing is left. Running it again at the same {@code now} does nothing.
         */
        int apply(Instant now, int limit);
    }

    /**
     * A task that deletes expired rows: {@code expired} is a {@code FROM ... WHERE} clause with the parameter
     * {@code :cutoff} (the end of the period {@code policyKey} at {@code now}), {@code key} the columns that identify
     * a row, and each of {@code deletes} a statement run for every key, in order (children before parents).
     */
    public static Task deleting(String kind, String policyKey, RetentionPolicy policy, JdbcTemplate jdbc,
            String expired, String key, String... deletes) {
        NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(jdbc);
        return new Task() {
            @Override
            public String kind() {
                return kind;
            }

            @Override
            public long expired(Instant now) {
                Long count = named.queryForObject("SELECT COUNT(*) " + expired, cutoff(now), Long.class);
                return count == null ? 0 : count;
            }

            @Override
            public int apply(Instant now, int limit) {
                List<Object[]> keys = named.query("SELECT " + key + " " + expired + " ORDER BY " + key
                        + " LIMIT :limit", cutoff(now).addValue("limit", limit), (rs, n) -> {
                            Object[] values = new Object[rs.getMetaData().getColumnCount()];
                            for (int i = 0; i < values.length; i++) {
                                values[i] = rs.getObject(i + 1);
                            }
                            return values;
                        });
                if (!keys.isEmpty()) {
                    for (String delete : deletes) {
                        jdbc.batchUpdate(delete, keys);
                    }
                }
                return keys.size();
            }

            private MapSqlParameterSource cutoff(Instant now) {
                return new MapSqlParameterSource("cutoff", Timestamp.from(policy.cutoff(policyKey, now)));
            }
        };
    }
}

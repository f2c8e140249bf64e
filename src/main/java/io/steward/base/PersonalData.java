package io.steward.base;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How a feature shows a person everything it holds about them ("My data"). Each feature that keeps records about
 * people provides one {@link Source} bean per kind of record; the privacy feature collects them for the signed-in
 * person only and renders them on screen and as a download. A source reads exactly the given person's rows, in
 * its own query.
 */
public final class PersonalData {

    private PersonalData() {}

    /** One kind of record a feature keeps about people, such as assignments or reminders sent. */
    public interface Source {

        /**
         * A stable key for this kind of record, such as {@code assignments}: the JSON key in the download and the
         * suffix of its bundle keys {@code mydata.<kind>.title}, {@code .purpose}, {@code .retention}.
         */
        String kind();

        /** Column names (the JSON field names, and the suffix of bundle keys {@code mydata.<kind>.column.<name>}). */
        List<String> columns();

        /** Every record of this kind about the person, one value per column, dates in ISO-8601 UTC. */
        List<List<String>> recordsOf(EmployeeId person);

        /**
         * The key of the {@link RetentionPolicy} period that says how long these records are kept, shown to the
         * person as argument {@code {0}} of {@code mydata.<kind>.retention}; by default the kind itself.
         */
        default String retentionPolicy() {
            return kind();
        }
    }

    /**
     * A source that reads the person's records with one query: {@code sql} selects one value per column, in the
     * order of {@code columns}, for the person named by the parameter {@code :person} (their employee id).
     * Timestamps become ISO-8601 UTC instants, nulls empty strings.
     */
    public static Source query(String kind, List<String> columns, JdbcClient jdbc, String sql) {
        return query(kind, kind, columns, jdbc, sql);
    }

    /** As {@link #query(String, List, JdbcClient, String)}, kept for the period named {@code retentionPolicy}. */
    public static Source query(String kind, String retentionPolicy, List<String> columns, JdbcClient jdbc,
            String sql) {
        List<String> names = List.copyOf(columns);
        return new Source() {
            @Override
            public String kind() {
                return kind;
            }

            @Override
            public String retentionPolicy() {
                return retentionPolicy;
            }

            @Override
            public List<String> columns() {
                return names;
            }

            @Override
            public List<List<String>> recordsOf(EmployeeId person) {
                return jdbc.sql(sql).param("person", person.value()).query((rs, n) -> row(rs, names.size())).list();
            }
        };
    }

    private static List<String> row(ResultSet rs, int size) throws SQLException {
        List<String> values = new ArrayList<>(size);
        for (int i = 1; i <= size; i++) {
            Object value = rs.getObject(i);
            values.add(switch (value) {
                case null -> "";
                case Timestamp t -> t.toInstant().toString();
                case java.time.LocalDateTime t -> rs.getTimestamp(i).toInstant().toString();
                default -> value.toString();
            });
        }
        return values;
    }
}

package io.steward.reporting.domain;

import static io.steward.reporting.domain.PersonHistoryQuery.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One row per assignment in the population, with the latest completion and its certificate (as of the
 * criteria's day: the cycle it was in, the latest completion made by then). Rows are handed
 * on one at a time from a streaming cursor, so an export of the whole organisation never sits in memory.
 */
@Component
public class CompletionRowsQuery {

    /** Rows the driver fetches per round trip; a positive fetch size makes MariaDB Connector/J stream. */
    private static final int FETCH_SIZE = 1_000;

    private final JdbcClient jdbc;

    CompletionRowsQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void forEach(Criteria criteria, Consumer<CompletionRow> consumer) {
        LocalDate today = (LocalDate) criteria.params().get("today");
        jdbc.sql(criteria.with() + """
                SELECT e.employee_number, e.display_name, e.email, d.name AS department, m.display_name AS manager,
                       a.module_id, c.module_version, a.state, a.due_date, a.completed_at, c.score_percent,
                       c.expires_at, cert.code
                FROM people p
                JOIN %s e ON e.id = p.id
                JOIN %s a ON a.employee_id = e.id
                LEFT JOIN department d ON d.id = e.department_id
                LEFT JOIN employee m ON m.id = e.manager_id
                LEFT JOIN completion c ON c.id = (
                    SELECT latest.id FROM completion latest
                    WHERE latest.employee_id = a.employee_id AND latest.module_id = a.module_id
                      AND latest.completed_at < :now
                    ORDER BY latest.completed_at DESC, latest.id DESC LIMIT 1)
                LEFT JOIN certificate cert ON cert.completion_id = c.id
                WHERE\s""".formatted(criteria.employeeTable(), criteria.assignmentTable()) + criteria.conditions()
                + " ORDER BY e.id, a.module_id")
                .withFetchSize(FETCH_SIZE)
                .params(criteria.params())
                .query((RowCallbackHandler) rs -> consumer.accept(row(rs, today)));
    }

    private static CompletionRow row(ResultSet rs, LocalDate today) throws SQLException {
        String state = rs.getString("state");
        LocalDate due = rs.getObject("due_date", LocalDate.class);
        boolean open = "ASSIGNED".equals(state) || "IN_PROGRESS".equals(state);
        return new CompletionRow(rs.getString("employee_number"), rs.getString("display_name"),
                rs.getString("email"), rs.getString("department"), rs.getString("manager"),
                rs.getString("module_id"), rs.getString("module_version"), state, open && due.isBefore(today), due,
                instant(rs, "completed_at"), rs.getObject("score_percent", Integer.class), instant(rs, "expires_at"),
                rs.getString("code"));
    }
}

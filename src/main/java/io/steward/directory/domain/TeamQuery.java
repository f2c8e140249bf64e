package io.steward.directory.domain;

import io.steward.base.EmployeeId;
import io.steward.directory.PersonStatus;
import io.steward.directory.TeamMember;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads people with their department and manager: a manager's reporting line, scoped by the database (a
 * recursive query) so that no one outside the manager's subtree is ever loaded, and HR's pages of everyone.
 */
@Component
public class TeamQuery {

    /** Deeper than any real organisation; stops a corrupt reporting loop from running forever. */
    private static final int MAX_DEPTH = 64;

    private static final String PERSON_COLUMNS = """
            e.id, e.employee_number, e.display_name, e.email, d.name AS department, m.display_name AS manager,
            e.active
            """;
    private static final String PERSON_JOINS = """
            LEFT JOIN department d ON d.id = e.department_id
            LEFT JOIN employee m ON m.id = e.manager_id
            """;
    private static final String SEARCH = """
            WHERE :search = '' OR e.display_name LIKE :pattern OR e.email LIKE :pattern
               OR e.employee_number LIKE :pattern
            """;

    private final JdbcClient jdbc;

    TeamQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<PersonStatus> status(String employeeNumber) {
        return jdbc.sql("""
                SELECT id, employee_number, display_name, active, erased_at IS NOT NULL FROM employee
                WHERE employee_number = :number""")
                .param("number", employeeNumber)
                .query((rs, n) -> new PersonStatus(new EmployeeId(rs.getLong(1)), rs.getString(2), rs.getString(3),
                        rs.getBoolean(4), rs.getBoolean(5)))
                .optional();
    }

    /** Whether {@code person} is below {@code manager} in the reporting line, directly or indirectly. */
    public boolean isBelow(EmployeeId person, EmployeeId manager) {
        return jdbc.sql("""
                WITH RECURSIVE line (id, manager_id, depth) AS (
                    SELECT e.id, e.manager_id, 0 FROM employee e WHERE e.id = :person
                    UNION ALL
                    SELECT m.id, m.manager_id, l.depth + 1 FROM employee m JOIN line l ON m.id = l.manager_id
                    WHERE l.depth < :maxDepth
                )
                SELECT COUNT(*) FROM line WHERE manager_id = :manager""")
                .param("person", person.value())
                .param("manager", manager.value())
                .param("maxDepth", MAX_DEPTH)
                .query(Integer.class).single() > 0;
    }

    public List<TeamMember> subtreeOf(EmployeeId manager) {
        return jdbc.sql("""
                WITH RECURSIVE team (id, depth) AS (
                    SELECT e.id, 1 FROM employee e WHERE e.manager_id = :managerId
                    UNION ALL
                    SELECT e.id, t.depth + 1 FROM employee e JOIN team t ON e.manager_id = t.id
                    WHERE t.depth < :maxDepth
                )
                SELECT DISTINCT\s""" + PERSON_COLUMNS + """
                FROM team t
                JOIN employee e ON e.id = t.id
                """ + PERSON_JOINS + """
                ORDER BY e.display_name, e.id
                """)
                .param("managerId", manager.value())
                .param("maxDepth", MAX_DEPTH)
                .query(TeamMember.class)
                .list();
    }

    /** One page of everyone whose name, email or employee id contains {@code search}, by name. */
    public List<TeamMember> page(String search, int offset, int limit) {
        return jdbc.sql("SELECT " + PERSON_COLUMNS + "FROM employee e\n" + PERSON_JOINS + SEARCH
                        + "ORDER BY e.display_name, e.id LIMIT :limit OFFSET :offset")
                .param("search", search)
                .param("pattern", pattern(search))
                .param("limit", limit)
                .param("offset", offset)
                .query(TeamMember.class)
                .list();
    }

    public int count(String search) {
        return jdbc.sql("SELECT COUNT(*) FROM employee e\n" + SEARCH)
                .param("search", search)
                .param("pattern", pattern(search))
                .query(Integer.class)
                .single();
    }

    /** A LIKE pattern that matches {@code search} literally, wildcards included. */
    private static String pattern(String search) {
        return "%" + search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}

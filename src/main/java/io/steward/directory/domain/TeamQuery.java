package io.steward.directory.domain;

import io.steward.base.EmployeeId;
import io.steward.directory.TeamMember;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads reporting lines. The scoping is done by the database (a recursive query), so no one outside a
 * manager's subtree is ever loaded.
 */
@Component
public class TeamQuery {

    /** Deeper than any real organisation; stops a corrupt reporting loop from running forever. */
    private static final int MAX_DEPTH = 64;

    private final JdbcClient jdbc;

    TeamQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
                SELECT DISTINCT e.id, e.employee_number, e.display_name, e.email,
                       d.name AS department, m.display_name AS manager, e.active
                FROM team t
                JOIN employee e ON e.id = t.id
                LEFT JOIN department d ON d.id = e.department_id
                LEFT JOIN employee m ON m.id = e.manager_id
                ORDER BY e.display_name, e.id
                """)
                .param("managerId", manager.value())
                .param("maxDepth", MAX_DEPTH)
                .query(TeamMember.class)
                .list();
    }
}

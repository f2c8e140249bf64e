package io.steward.directory.domain;

import io.steward.base.EmployeeId;
import io.steward.base.Role;
import io.steward.directory.Audience;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Finds the active people in an audience with one query per audience, whatever its size. */
@Component
public class AudienceQuery {

    private final JdbcClient jdbc;

    AudienceQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<EmployeeId> members(Audience audience) {
        if (audience.type() != Audience.Type.EVERYONE && audience.values().isEmpty()) {
            return List.of();
        }
        var statement = switch (audience.type()) {
            case EVERYONE -> jdbc.sql("SELECT id FROM employee WHERE active ORDER BY id");
            case DEPARTMENTS -> jdbc.sql("""
                    SELECT e.id FROM employee e JOIN department d ON d.id = e.department_id
                    WHERE e.active AND d.name IN (:values) ORDER BY e.id""").param("values", audience.values());
            case ROLES -> jdbc.sql("""
                    SELECT DISTINCT e.id FROM employee e JOIN employee_role r ON r.employee_id = e.id
                    WHERE e.active AND r.role IN (:values) ORDER BY e.id""").param("values", audience.values());
            case EMPLOYEES -> jdbc.sql("""
                    SELECT id FROM employee WHERE active AND employee_number IN (:values) ORDER BY id""")
                    .param("values", audience.values());
        };
        return statement.query(Long.class).list().stream().map(EmployeeId::new).toList();
    }

    /** The audience's values that name no department, no role, or no active person. */
    public List<String> unknownValues(Audience audience) {
        List<String> known = switch (audience.type()) {
            case EVERYONE -> List.of();
            case DEPARTMENTS -> departmentNames();
            case ROLES -> Arrays.stream(Role.values()).map(Role::name).toList();
            case EMPLOYEES -> audience.values().isEmpty() ? List.of() : jdbc.sql("""
                    SELECT employee_number FROM employee WHERE active AND employee_number IN (:values)""")
                    .param("values", audience.values()).query(String.class).list();
        };
        return audience.values().stream().filter(v -> !known.contains(v)).distinct().toList();
    }

    /** The hire dates the staff list gave, of those of these people who have one. */
    public Map<Long, LocalDate> hireDates(Collection<Long> people) {
        Map<Long, LocalDate> dates = new HashMap<>();
        if (!people.isEmpty()) {
            jdbc.sql("SELECT id, hire_date FROM employee WHERE hire_date IS NOT NULL AND id IN (:ids)")
                    .param("ids", people)
                    .query((rs, n) -> dates.put(rs.getLong(1), rs.getObject(2, LocalDate.class))).list();
        }
        return dates;
    }

    public List<String> departmentNames() {
        return jdbc.sql("SELECT name FROM department ORDER BY name").query(String.class).list();
    }
}

package io.steward.directory;

import io.steward.base.PersonErased;
import io.steward.base.PersonalData;
import io.steward.base.Retention;
import io.steward.base.RetentionPolicy;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory's part in a person's privacy: their profile under "My data", their contact details pseudonymised a
 * retention period after they left, and their name, email and employee id replaced when HR erases their data.
 */
@Configuration
class ProfileRecords {

    static final String KIND = "profile";

    private final JdbcClient jdbc;
    private final RetentionPolicy policy;
    private final Clock clock;

    ProfileRecords(JdbcClient jdbc, RetentionPolicy policy, Clock clock) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.clock = clock;
    }

    @Bean
    PersonalData.Source profileSource() {
        return PersonalData.query(KIND, List.of("employeeId", "name", "email", "department", "manager", "language",
                "hireDate", "roles", "active", "deactivatedAt"), jdbc, """
                SELECT e.employee_number, e.display_name, e.email, d.name, m.display_name, e.locale, e.hire_date,
                       (SELECT GROUP_CONCAT(r.role ORDER BY r.role SEPARATOR ', ') FROM employee_role r
                        WHERE r.employee_id = e.id),
                       CASE WHEN e.active THEN 'true' ELSE 'false' END, e.deactivated_at
                FROM employee e
                LEFT JOIN department d ON d.id = e.department_id
                LEFT JOIN employee m ON m.id = e.manager_id
                WHERE e.id = :person""");
    }

    /** Where the person worked, and since when: each period of their department, manager and employment. */
    @Bean
    PersonalData.Source placementsSource() {
        return PersonalData.query("placements", List.of("department", "manager", "employed", "from", "until"), jdbc,
                """
                SELECT d.name, m.display_name, CASE WHEN p.active THEN 'true' ELSE 'false' END, p.valid_from,
                       p.valid_to
                FROM employee_placement p
                LEFT JOIN department d ON d.id = p.department_id
                LEFT JOIN employee m ON m.id = p.manager_id
                WHERE p.employee_id = :person ORDER BY p.valid_from, p.id""");
    }

    /** Name and email of people who left more than the period ago become "Former employee E1234". */
    @Bean
    Retention.Task contactDetailsRetention() {
        return new Retention.Task() {
            private static final String EXPIRED = """
                    FROM employee WHERE active = FALSE AND deactivated_at <= :cutoff AND pseudonymised_at IS NULL""";

            @Override
            public String kind() {
                return KIND;
            }

            @Override
            public long expired(Instant now) {
                return jdbc.sql("SELECT COUNT(*) " + EXPIRED).param("cutoff", cutoff(now)).query(Long.class).single();
            }

            @Override
            public int apply(Instant now, int limit) {
                List<Long> ids = jdbc.sql("SELECT id " + EXPIRED + " ORDER BY id LIMIT :limit")
                        .param("cutoff", cutoff(now)).param("limit", limit).query(Long.class).list();
                if (ids.isEmpty()) {
                    return 0;
                }
                return jdbc.sql("""
                        UPDATE employee SET email = CONCAT('former-', id, '@pseudonymised.invalid'),
                               display_name = CONCAT('Former employee ', employee_number),
                               pseudonymised_at = :now, version = version + 1
                        WHERE id IN (:ids) AND pseudonymised_at IS NULL""")
                        .param("now", Timestamp.from(now)).param("ids", ids).update();
            }

            private Timestamp cutoff(Instant now) {
                return Timestamp.from(policy.cutoff(KIND, now));
            }
        };
    }

    /** Nothing is left that names the person: not even the employee id, which the HR system could resolve. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(PersonErased event) {
        Timestamp now = Timestamp.from(clock.instant());
        int erased = jdbc.sql("""
                UPDATE employee SET employee_number = CONCAT('erased-', id), email = CONCAT('erased-', id, '@erased.invalid'),
                       display_name = 'Erased on request', hire_date = NULL,
                       pseudonymised_at = COALESCE(pseudonymised_at, :now), erased_at = :now, version = version + 1
                WHERE id = :id AND active = FALSE AND erased_at IS NULL""")
                .param("now", now).param("id", event.person().value()).update();
        if (erased != 1) {
            throw new IllegalStateException("only a deactivated person not erased before can be erased");
        }
    }
}

package io.steward.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Fresh people, assignments and completions for one test, written straight into the tables. */
record People(JdbcClient jdbc) {

    record Person(long id, String email, String name) {
    }

    Person add(String name, String locale, Person manager) {
        String key = UUID.randomUUID().toString().substring(0, 8);
        String email = "n-" + key + "@example.test";
        jdbc.sql("""
                INSERT INTO employee (employee_number, email, display_name, locale, active, manager_id)
                VALUES (:number, :email, :name, :locale, TRUE, :manager)""")
                .param("number", "N-" + key).param("email", email).param("name", name).param("locale", locale)
                .param("manager", manager == null ? null : manager.id())
                .update();
        long id = jdbc.sql("SELECT id FROM employee WHERE email = :email").param("email", email)
                .query(Long.class).single();
        return new Person(id, email, name);
    }

    long assign(Person person, String module, Instant assignedAt, LocalDate due) {
        jdbc.sql("""
                INSERT INTO assignment (employee_id, module_id, state, assigned_at, due_date)
                VALUES (:person, :module, 'ASSIGNED', :assignedAt, :due)""")
                .param("person", person.id()).param("module", module)
                .param("assignedAt", Timestamp.from(assignedAt)).param("due", due)
                .update();
        return jdbc.sql("SELECT id FROM assignment WHERE employee_id = :person AND module_id = :module")
                .param("person", person.id()).param("module", module).query(Long.class).single();
    }

    void complete(long assignment) {
        jdbc.sql("UPDATE assignment SET state = 'COMPLETED' WHERE id = :id").param("id", assignment).update();
    }

    void completion(Person person, String module, Instant completedAt, Instant expiresAt) {
        jdbc.sql("""
                INSERT INTO quiz_attempt (employee_id, module_id, module_version, content_hash, module_title,
                    pass_mark, attempt_number, draw, state, started_at, submitted_at, score_percent, passed)
                VALUES (:person, :module, '1.0.0', REPEAT('a', 64), :module, 80, 1, '[]', 'SUBMITTED', :at, :at,
                    100, TRUE)""")
                .param("person", person.id()).param("module", module).param("at", Timestamp.from(completedAt))
                .update();
        jdbc.sql("""
                INSERT INTO completion (employee_id, module_id, module_version, content_hash, attempt_id,
                    score_percent, completed_at, expires_at)
                SELECT employee_id, module_id, module_version, content_hash, id, 100, :at, :expires
                FROM quiz_attempt WHERE employee_id = :person AND module_id = :module""")
                .param("person", person.id()).param("module", module).param("at", Timestamp.from(completedAt))
                .param("expires", Timestamp.from(expiresAt))
                .update();
    }

    /** The statuses of the person's log entries, as "KIND:STATUS:attempts". */
    java.util.List<String> log(Person person) {
        return jdbc.sql("""
                SELECT CONCAT(kind, ':', status, ':', attempts) FROM notification_delivery
                WHERE recipient_id = :person ORDER BY id""")
                .param("person", person.id()).query(String.class).list();
    }
}

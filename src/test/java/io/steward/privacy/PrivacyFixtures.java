package io.steward.privacy;

import io.steward.base.EmployeeId;
import io.steward.learning.AttemptResult;
import io.steward.support.QuizTaker;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * People of their own for the privacy tests, so that erasing, expiring or exporting them touches nobody the other
 * tests count on: no department, no manager, each with a unique name and email.
 */

class PrivacyFixtures {

    record Person(EmployeeId id, String number, String name, String email) {
    }

    private final JdbcClient jdbc;
    private final QuizTaker quizzes;

    PrivacyFixtures(JdbcClient jdbc, QuizTaker quizzes) {
        this.jdbc = jdbc;
        this.quizzes = quizzes;
    }

    Person newPerson(String firstName) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String number = "P" + tag;
        String name = firstName + " Zq" + tag;
        String email = firstName.toLowerCase() + "." + tag + "@privacy.example.com";
        jdbc.sql("""
                INSERT INTO employee (employee_number, email, display_name, locale, hire_date, active)
                VALUES (?, ?, ?, 'en', '2021-04-01', TRUE)""").params(number, email, name).update();
        long id = jdbc.sql("SELECT id FROM employee WHERE employee_number = ?").param(number).query(Long.class)
                .single();
        jdbc.sql("INSERT INTO employee_role (employee_id, role) VALUES (?, 'EMPLOYEE')").param(id).update();
        jdbc.sql("INSERT INTO credential (employee_id, password_hash, changed_at) VALUES (?, 'x', ?)")
                .params(id, Timestamp.from(Instant.now())).update();
        return new Person(new EmployeeId(id), number, name, email);
    }

    /** Passes the module as the person, answering every question right (and agreeing to any statement). */
    AttemptResult pass(Person person, String moduleId) {
        return quizzes.pass(person.email(), moduleId);
    }

    void deactivate(Person person, Instant at) {
        jdbc.sql("UPDATE employee SET active = FALSE, deactivated_at = ? WHERE id = ?")
                .params(Timestamp.from(at), person.id().value()).update();
    }

    String certificateCode(Person person) {
        return jdbc.sql("SELECT code FROM certificate WHERE employee_id = ? ORDER BY id LIMIT 1")
                .param(person.id().value()).query(String.class).single();
    }
}

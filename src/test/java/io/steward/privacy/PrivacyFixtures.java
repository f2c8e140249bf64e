package io.steward.privacy;

import io.steward.base.EmployeeId;
import io.steward.content.AnswerOption;
import io.steward.content.ContentService;
import io.steward.content.Question;
import io.steward.learning.AttemptResult;
import io.steward.learning.AttemptView;
import io.steward.learning.DrawnQuestion;
import io.steward.learning.LearningService;
import io.steward.support.SignedIn;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * People of their own for the privacy tests, so that erasing, expiring or exporting them touches nobody the other
 * tests count on: no department, no manager, each with a unique name and email.
 */

class PrivacyFixtures {

    record Person(EmployeeId id, String number, String name, String email) {
    }

    private final JdbcClient jdbc;
    private final SignedIn signedIn;
    private final LearningService learning;
    private final ContentService content;

    PrivacyFixtures(JdbcClient jdbc, SignedIn signedIn, LearningService learning, ContentService content) {
        this.jdbc = jdbc;
        this.signedIn = signedIn;
        this.learning = learning;
        this.content = content;
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
        try (var me = signedIn.as(person.email())) {
            AttemptView attempt = learning.startOrResume(moduleId);
            List<Question> bank = content.questions(attempt.version()).orElseThrow();
            for (DrawnQuestion drawn : attempt.questions()) {
                Question q = bank.stream().filter(b -> b.key() == drawn.key()).findFirst().orElseThrow();
                learning.answer(attempt.attemptId(), q.key(), q.options().stream().filter(AnswerOption::correct)
                        .map(AnswerOption::key).collect(Collectors.toSet()));
            }
            AttemptResult result = learning.submit(attempt.attemptId());
            return result.awaitsAttestation() ? learning.agreeToAttestation(attempt.attemptId()) : result;
        }
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

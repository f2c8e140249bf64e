package io.steward.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.base.PersonalData;
import io.steward.base.PersonalRecordViewed;
import io.steward.base.Retention;
import io.steward.base.RetentionPolicy;
import io.steward.demo.DemoOrganisation;
import io.steward.directory.Audience;
import io.steward.learning.AssignmentRequest;
import io.steward.learning.AssignmentService;
import io.steward.privacy.PrivacyFixtures.Person;
import io.steward.support.IntegrationTest;
import io.steward.support.QuizTaker;
import io.steward.support.SignedIn;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class MyDataIntegrationTest {

    private static final List<String> EVERY_KIND = List.of("profile", "placements", "assignments", "attempts",
            "quiz-answers", "completions", "certificates", "record-views", "sign-ins");

    @Autowired
    private MyDataService myData;
    @Autowired
    private List<PersonalData.Source> sources;
    @Autowired
    private List<Retention.Task> tasks;
    @Autowired
    private RetentionPolicy policy;
    @Autowired
    private AssignmentService assignments;
    @Autowired
    private AuthenticationManager authentication;
    @Autowired
    private PasswordEncoder passwords;
    @Autowired
    private ApplicationEventPublisher events;
    @Autowired
    private TransactionTemplate transaction;
    @Autowired
    private SignedIn signedIn;
    @Autowired
    private QuizTaker quizzes;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private JsonMapper json;

    private PrivacyFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new PrivacyFixtures(jdbc, quizzes);
    }

    /** Gives the person a record of every kind: an assignment, a passed quiz, a view by HR, a sign-in. */
    private void withEveryKindOfRecord(Person person) {
        try (var hr = signedIn.as(DemoOrganisation.HR)) {
            assignments.assign(new AssignmentRequest("transparency",
                    new Audience(Audience.Type.EMPLOYEES, List.of(person.number())), null, 30));
        }
        fixtures.pass(person, "transparency");
        jdbc.sql("""
                INSERT INTO employee_placement (employee_id, department_id, active, valid_from)
                SELECT ?, id, TRUE, '2021-04-01' FROM department WHERE name = 'Marketing'""")
                .param(person.id().value()).update();
        long hr = jdbc.sql("SELECT id FROM employee WHERE email = ?").param(DemoOrganisation.HR).query(Long.class)
                .single();
        transaction.executeWithoutResult(status -> events.publishEvent(new PersonalRecordViewed(
                new io.steward.base.EmployeeId(hr), person.id(), "training-history")));
        jdbc.sql("UPDATE credential SET password_hash = ? WHERE employee_id = ?")
                .params(passwords.encode("a-password-for-tests"), person.id().value()).update();
        authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(person.email(),
                "a-password-for-tests"));
    }

    @Test
    void the_download_holds_every_kind_of_record_about_me_and_nothing_about_anyone_else() {
        Person me = fixtures.newPerson("Rosalind");
        Person other = fixtures.newPerson("Bartholomew");
        withEveryKindOfRecord(me);
        withEveryKindOfRecord(other);
        String othersCode = fixtures.certificateCode(other);

        JsonNode document;
        try (var session = signedIn.as(me.email())) {
            document = json.readTree(myData.myDataAsJson());
        }

        JsonNode records = document.get("records");
        int answers = jdbc.sql("""
                SELECT COUNT(*) FROM quiz_answer q JOIN quiz_attempt a ON a.id = q.attempt_id
                WHERE a.employee_id = ?""").param(me.id().value()).query(Integer.class).single();
        Map<String, Integer> mine = Map.of("profile", 1, "placements", 1, "assignments", 1, "attempts", 1,
                "quiz-answers", answers, "completions", 1, "certificates", 1, "record-views", 1, "sign-ins", 1);
        for (String kind : EVERY_KIND) {
            assertThat(records.get(kind).get("records").size()).as(kind).isEqualTo(mine.get(kind)).isPositive();
        }
        assertThat(records.get("profile").get("records").get(0).get("email").asString()).isEqualTo(me.email());
        assertThat(records.get("certificates").get("records").get(0).get("code").asString())
                .isEqualTo(fixtures.certificateCode(me));
        assertThat(records.get("record-views").get("records").get(0).get("viewer").asString())
                .isEqualTo("Hannah Reed");
        assertThat(records.get("quiz-answers").get("retention").asString()).isEqualTo("P12M");
        String text = document.toString();
        assertThat(text).doesNotContain(other.name(), other.email(), other.number(), othersCode);
    }

    @Test
    void every_kind_of_record_and_of_retention_has_its_texts() throws IOException {
        Properties bundle = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/vaadin-i18n/translations.properties"),
                StandardCharsets.UTF_8)) {
            bundle.load(reader);
        }
        Set<String> keys = bundle.stringPropertyNames();
        assertThat(sources).extracting(PersonalData.Source::kind).containsAll(EVERY_KIND);
        for (PersonalData.Source source : sources) {
            String prefix = "mydata." + source.kind() + ".";
            assertThat(keys).contains(prefix + "title", prefix + "purpose", prefix + "retention");
            source.columns().forEach(column -> assertThat(keys).contains(prefix + "column." + column));
        }
        for (Retention.Task task : tasks) {
            assertThat(keys).contains("retention." + task.kind());
        }
        for (String key : policy.periods().keySet()) {
            assertThat(keys).contains("retention.policy." + key);
        }
    }
}

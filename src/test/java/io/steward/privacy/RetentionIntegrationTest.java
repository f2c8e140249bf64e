package io.steward.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.base.Retention;
import io.steward.base.RetentionPolicy;
import io.steward.base.StewardProperties;
import io.steward.demo.DemoOrganisation;
import io.steward.directory.importing.DirectoryImportService;
import io.steward.directory.importing.ImportMode;
import io.steward.privacy.PrivacyFixtures.Person;
import io.steward.support.IntegrationTest;
import io.steward.support.MutableClock;
import io.steward.support.QuizTaker;
import io.steward.support.SignedIn;
import io.steward.support.StaffLists;
import io.steward.support.TestSettings;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.core.LockProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class RetentionIntegrationTest {

    @Autowired
    private List<Retention.Task> tasks;
    @Autowired
    private RetentionPolicy policy;
    @Autowired
    private TransactionTemplate transaction;
    @Autowired
    private ApplicationEventPublisher events;
    @Autowired
    private LockProvider locks;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private SignedIn signedIn;
    @Autowired
    private QuizTaker quizzes;
    @Autowired
    private DirectoryImportService imports;

    private final MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    private PrivacyFixtures fixtures;
    private RetentionJob job;

    @BeforeEach
    void setUp() {
        fixtures = new PrivacyFixtures(jdbc, quizzes);
        // Chunks of two, so that every kind takes several transactions.
        job = new RetentionJob(tasks, transaction, events, locks, clock,
                TestSettings.bind(StewardProperties.class, "steward.retention.chunk-size", "2"));
    }

    /** Moves the person's one attempt, its answers and its completion and certificate to the given time. */
    private void backdate(Person person, Instant at) {
        Timestamp t = Timestamp.from(at);
        long person_ = person.id().value();
        jdbc.sql("UPDATE quiz_attempt SET started_at = ?, submitted_at = ? WHERE employee_id = ?")
                .params(t, t, person_).update();
        jdbc.sql("""
                UPDATE analysed_answer x JOIN quiz_attempt a ON a.id = x.attempt_id SET x.submitted_at = ?
                WHERE a.employee_id = ?""").params(t, person_).update();
        jdbc.sql("UPDATE completion SET completed_at = ? WHERE employee_id = ?").params(t, person_).update();
        jdbc.sql("UPDATE certificate SET completed_at = ? WHERE employee_id = ?").params(t, person_).update();
    }

    private int count(String table, Person person) {
        String sql = table.equals("quiz_answer") || table.equals("analysed_answer")
                ? "SELECT COUNT(*) FROM " + table + " q JOIN quiz_attempt a ON a.id = q.attempt_id"
                        + " WHERE a.employee_id = ?"
                : "SELECT COUNT(*) FROM " + table + " WHERE employee_id = ?";
        return jdbc.sql(sql).param(person.id().value()).query(Integer.class).single();
    }

    private boolean pseudonymised(Person person) {
        return jdbc.sql("SELECT pseudonymised_at IS NOT NULL FROM employee WHERE id = ?").param(person.id().value())
                .query(Boolean.class).single();
    }

    @Test
    void a_run_removes_exactly_what_has_expired_and_a_second_run_changes_nothing() {
        Instant now = clock.instant();
        Instant answersCutoff = policy.cutoff("quiz-answers", now);
        Instant evidenceCutoff = policy.cutoff("evidence", now);
        Instant profileCutoff = policy.cutoff("profile", now);
        Person answersExpired = fixtures.newPerson("Ada");
        Person answersKept = fixtures.newPerson("Basil");
        Person evidenceExpired = fixtures.newPerson("Cora");
        Person evidenceKept = fixtures.newPerson("Dmitri");
        for (Person p : List.of(answersExpired, answersKept, evidenceExpired, evidenceKept)) {
            fixtures.pass(p, "transparency");
        }
        backdate(answersExpired, answersCutoff);
        backdate(answersKept, answersCutoff.plusSeconds(1));
        backdate(evidenceExpired, evidenceCutoff);
        backdate(evidenceKept, evidenceCutoff.plusSeconds(1));
        Person left = fixtures.newPerson("Edwina");
        Person justLeft = fixtures.newPerson("Fitzgerald");
        fixtures.deactivate(left, profileCutoff);
        fixtures.deactivate(justLeft, profileCutoff.plusSeconds(1));
        Map<String, Long> expected = preview();
        long entriesBefore = auditEntries();

        Map<String, Long> first = job.run("manual", progress -> { });

        assertThat(first).isEqualTo(expected);
        assertThat(count("quiz_answer", answersExpired)).isZero();
        assertThat(count("quiz_answer", answersKept)).isPositive();
        assertThat(count("analysed_answer", answersExpired)).as("the analysis's copy expires with them").isZero();
        assertThat(count("analysed_answer", answersKept)).isPositive();
        assertThat(count("completion", answersExpired)).as("evidence outlives the answers").isOne();
        assertThat(List.of(count("certificate", evidenceExpired), count("completion", evidenceExpired),
                count("quiz_attempt", evidenceExpired))).containsOnly(0);
        assertThat(List.of(count("certificate", evidenceKept), count("completion", evidenceKept),
                count("quiz_attempt", evidenceKept))).containsOnly(1);
        assertThat(pseudonymised(left)).isTrue();
        assertThat(jdbc.sql("SELECT CONCAT(display_name, ' ', email) FROM employee WHERE id = ?")
                .param(left.id().value()).query(String.class).single())
                .doesNotContain(left.name(), left.email()).contains(left.number());
        assertThat(pseudonymised(justLeft)).isFalse();
        assertThat(preview().values()).containsOnly(0L);
        assertThat(auditDetails("RETENTION_RUN", entriesBefore)).singleElement().asString()
                .contains("quiz-answers=" + expected.get("quiz-answers"), "profile=" + expected.get("profile"),
                        "trigger=manual");
        assertThat(auditDetails("RETENTION_APPLIED", entriesBefore).stream()
                .mapToLong(d -> Long.parseLong(d.replaceAll("^count=(\\d+).*", "$1"))).sum())
                .isEqualTo(first.values().stream().mapToLong(Long::longValue).sum());

        long entriesAfterFirst = auditEntries();
        Map<String, Long> second = job.run("manual", progress -> { });

        assertThat(second.values()).containsOnly(0L);
        assertThat(auditDetails("RETENTION_APPLIED", entriesAfterFirst)).isEmpty();
        assertThat(count("quiz_answer", answersKept)).isPositive();
    }

    @Test
    void the_dry_run_changes_nothing() {
        Person person = fixtures.newPerson("Gideon");
        fixtures.pass(person, "transparency");
        backdate(person, policy.cutoff("evidence", clock.instant()).minus(Duration.ofDays(1)));
        int answers = count("quiz_answer", person);
        long entries = auditEntries();

        Map<String, Long> preview = preview();

        assertThat(preview.get("certificates")).isPositive();
        assertThat(preview.get("quiz-answers")).isGreaterThanOrEqualTo(answers);
        assertThat(count("quiz_answer", person)).isEqualTo(answers);
        assertThat(count("certificate", person)).isOne();
        assertThat(auditEntries()).isEqualTo(entries);
        job.run("manual", progress -> { }); // leaves nothing expired behind for other tests

    }

    @Test
    void each_kind_is_reported_as_it_goes_and_finishes_complete() {
        Person person = fixtures.newPerson("Hortensia");
        fixtures.pass(person, "transparency");
        backdate(person, policy.cutoff("quiz-answers", clock.instant()));
        List<RetentionProgress> seen = new java.util.ArrayList<>();

        job.run("manual", seen::add);

        assertThat(seen).extracting(RetentionProgress::kind).containsAll(job.kinds());
        RetentionProgress last = seen.stream().filter(p -> p.kind().equals("quiz-answers")).reduce((a, b) -> b)
                .orElseThrow();
        assertThat(last.done()).isEqualTo(last.total()).isPositive();
    }

    @Test
    void a_staff_list_marking_someone_inactive_starts_the_contact_details_clock_and_their_return_stops_it() {
        Person person = fixtures.newPerson("Ingrid");
        importRow(person, false);
        Instant left = deactivatedAt(person);
        assertThat(left).isNotNull();

        importRow(person, true);
        assertThat(deactivatedAt(person)).isNull();
    }

    private void importRow(Person person, boolean active) {
        byte[] file = StaffLists.file(List.of(StaffLists.row(person.number(), person.email(), person.name(), null,
                null, "EMPLOYEE", "en", "2021-04-01", active)));
        try (var hr = signedIn.as(DemoOrganisation.HR)) {
            imports.importStaffList(file, ImportMode.PARTIAL);
        }
    }

    private Instant deactivatedAt(Person person) {
        return jdbc.sql("SELECT deactivated_at FROM employee WHERE id = ?").param(person.id().value())
                .query((rs, n) -> rs.getTimestamp(1) == null ? null : rs.getTimestamp(1).toInstant()).list()
                .getFirst();
    }

    private Map<String, Long> preview() {
        return job.preview().stream().collect(java.util.stream.Collectors.toMap(ExpiredCount::kind,
                ExpiredCount::count));
    }

    private long auditEntries() {
        return jdbc.sql("SELECT MAX(id) FROM audit_entry").query(Long.class).optional().orElse(0L);
    }

    private List<String> auditDetails(String action, long after) {
        return jdbc.sql("SELECT detail FROM audit_entry WHERE action = ? AND id > ? ORDER BY id")
                .params(action, after).query(String.class).list();
    }
}

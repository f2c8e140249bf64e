package io.steward.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.audit.domain.AuditChain;
import io.steward.audit.domain.Pseudonyms;
import io.steward.base.EmployeeId;
import io.steward.base.PersonalRecordViewed;
import io.steward.demo.DemoOrganisation;
import io.steward.directory.Audience;
import io.steward.directory.importing.DirectoryImportService;
import io.steward.directory.importing.ImportMode;
import io.steward.learning.AssignmentRequest;
import io.steward.learning.AssignmentService;
import io.steward.support.IntegrationTest;
import io.steward.support.SignedIn;
import io.steward.support.StaffLists;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class AuditTrailIntegrationTest {

    @Autowired
    private AuditService audit;
    @Autowired
    private AuditChain chain;
    @Autowired
    private AssignmentService assignments;
    @Autowired
    private AuthenticationManager authentication;
    @Autowired
    private SignedIn signedIn;
    @Autowired
    private TransactionTemplate transaction;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private DirectoryImportService imports;
    @Autowired
    private Pseudonyms pseudonyms;
    @Autowired
    private ApplicationEventPublisher events;

    @AfterEach
    void the_chain_is_left_intact() {
        try (var auditor = signedIn.as(DemoOrganisation.AUDITOR)) {
            assertThat(audit.verify().intact()).isTrue();
        }
    }

    private ChainVerification verify() {
        try (var auditor = signedIn.as(DemoOrganisation.AUDITOR)) {
            return audit.verify();
        }
    }

    private long appendOne() {
        transaction.executeWithoutResult(status -> chain.append(Instant.now(), "system", "TEST", "test:entry",
                "SUCCESS", "appended by a test"));
        return jdbc.sql("SELECT MAX(id) FROM audit_entry").query(Long.class).single();
    }

    @Test
    void an_audited_change_and_its_entry_commit_together() {
        long before = entries();
        try (var hr = signedIn.as(DemoOrganisation.HR)) {
            assignments.assign(new AssignmentRequest("transparency",
                    new Audience(Audience.Type.EMPLOYEES, List.of("E1052")), null, 15));
        }

        assertThat(entries()).isEqualTo(before + 1);
        Map<String, Object> last = jdbc.sql("SELECT actor, action, subject FROM audit_entry ORDER BY id DESC LIMIT 1")
                .query().singleRow();
        assertThat(last.get("action")).isEqualTo("ASSIGNMENT_CREATED");
        assertThat(last.get("subject")).isEqualTo("module:transparency");
        assertThat((String) last.get("actor")).startsWith("p-");
    }

    @Test
    void an_audited_change_that_rolls_back_leaves_no_entry() {
        long entriesBefore = entries();
        int rulesBefore = jdbc.sql("SELECT COUNT(*) FROM assignment_rule").query(Integer.class).single();
        try (var hr = signedIn.as(DemoOrganisation.HR)) {
            transaction.executeWithoutResult(status -> {
                assignments.assign(new AssignmentRequest("transparency", Audience.everyone(), null, 15));
                status.setRollbackOnly();
            });
        }

        assertThat(entries()).isEqualTo(entriesBefore);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM assignment_rule").query(Integer.class).single())
                .isEqualTo(rulesBefore);
    }

    @Test
    void an_auditor_filters_the_trail_by_action_actor_subject_and_days() {
        String run = Long.toString(System.nanoTime(), 36);
        String action = "FILTER_TEST_" + run.toUpperCase(Locale.ROOT);
        String alice = "p-alice" + run;
        String bob = "p-bob" + run;
        Instant day = Instant.parse("2031-03-10T23:59:59Z");
        transaction.executeWithoutResult(status -> {
            chain.append(day.minusSeconds(86_400), alice, action, "person:" + bob, "SUCCESS", "first");
            chain.append(day, alice, action, "report:compliance", "SUCCESS", "second");
            chain.append(day.plusSeconds(1), bob, action, "person:" + alice, "SUCCESS", "third");
        });

        try (var auditor = signedIn.as(DemoOrganisation.AUDITOR)) {
            assertThat(details(new AuditFilter(action, "", "", null, null)))
                    .containsExactly("third", "second", "first");
            assertThat(details(new AuditFilter(action, alice, "", null, null))).containsExactly("second", "first");
            // The subject as recorded, or only the pseudonym in it.
            assertThat(details(new AuditFilter(action, "", "person:" + bob, null, null))).containsExactly("first");
            assertThat(details(new AuditFilter(action, "", bob, null, null))).containsExactly("first");
            assertThat(details(new AuditFilter(action, "", "compliance", null, null))).containsExactly("second");
            // UTC days, both ends included: 23:59:59 is still the 10th, one second later the 11th.
            LocalDate tenth = LocalDate.of(2031, 3, 10);
            assertThat(details(new AuditFilter(action, "", "", tenth, tenth))).containsExactly("second");
            assertThat(details(new AuditFilter(action, "", "", tenth.plusDays(1), null))).containsExactly("third");
            assertThat(details(new AuditFilter(action, "", "", null, tenth.minusDays(1)))).containsExactly("first");
            assertThat(audit.count(new AuditFilter(action, alice, "", tenth, null))).isEqualTo(1);
            assertThat(new AuditFilter(action, "", "", tenth, tenth.minusDays(1)).emptyRange()).isTrue();
        }
        try (var hr = signedIn.as(DemoOrganisation.HR)) {
            assertThatThrownBy(() -> audit.entries(AuditFilter.ALL, 0, 10)).isInstanceOf(AccessDeniedException.class);
        }
    }

    private List<String> details(AuditFilter filter) {
        return audit.entries(filter, 0, 10).stream().map(AuditEntryView::detail).toList();
    }

    @Test
    void nothing_can_be_appended_outside_the_transaction_of_a_change() {
        assertThatThrownBy(() -> chain.append(Instant.now(), "system", "TEST", "x", "SUCCESS", ""))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void sign_ins_and_failed_sign_ins_are_recorded_without_the_email() {
        long before = entries();
        authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                DemoOrganisation.AUTHOR, DemoOrganisation.PASSWORD));
        assertThatThrownBy(() -> authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                DemoOrganisation.AUTHOR, "wrong password"))).isInstanceOf(AuthenticationException.class);
        assertThatThrownBy(() -> authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                "stranger@example.com", "wrong password"))).isInstanceOf(AuthenticationException.class);

        var recorded = jdbc.sql("SELECT outcome, subject FROM audit_entry WHERE id > ? AND action = 'SIGN_IN' ORDER BY id")
                .param(before).query((rs, n) -> rs.getString(1) + " " + rs.getString(2)).list();
        assertThat(recorded).hasSize(3);
        assertThat(recorded.get(0)).startsWith("SUCCESS person:p-");
        assertThat(recorded.get(1)).startsWith("FAILURE person:p-");
        assertThat(recorded.get(2)).isEqualTo("FAILURE account:unknown");
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM audit_entry
                WHERE CONCAT(actor, subject, detail) LIKE '%@%' OR CONCAT(actor, subject, detail) LIKE '%Arjun%'""")
                .query(Integer.class).single()).as("no email or name in the chained part").isZero();
    }

    @Test
    void a_changed_row_is_found() {
        long id = appendOne();
        appendOne();
        jdbc.sql("UPDATE audit_entry SET detail = 'quietly edited' WHERE id = ?").param(id).update();
        try {
            ChainVerification result = verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenEntry()).isEqualTo(id);
        } finally {
            jdbc.sql("UPDATE audit_entry SET detail = 'appended by a test' WHERE id = ?").param(id).update();
        }
    }

    @Test
    void a_deleted_row_is_found() {
        long id = appendOne();
        appendOne();
        Map<String, Object> row = jdbc.sql("SELECT * FROM audit_entry WHERE id = ?").param(id).query().singleRow();
        jdbc.sql("DELETE FROM audit_entry WHERE id = ?").param(id).update();
        try {
            ChainVerification result = verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenEntry()).isEqualTo(id + 1);
        } finally {
            jdbc.sql("""
                    INSERT INTO audit_entry (id, occurred_at, actor, action, subject, outcome, detail, previous_hash, hash)
                    VALUES (:id, :occurred_at, :actor, :action, :subject, :outcome, :detail, :previous_hash, :hash)""")
                    .params(row).update();
        }
    }

    @Test
    void an_inserted_row_is_found() {
        long id = appendOne();
        long next = appendOne();
        jdbc.sql("UPDATE audit_entry SET id = id + 1000000 WHERE id = ?").param(next).update();
        jdbc.sql("""
                INSERT INTO audit_entry (id, occurred_at, actor, action, subject, outcome, detail, previous_hash, hash)
                SELECT ?, occurred_at, actor, 'FORGED', subject, outcome, detail, hash, hash
                FROM audit_entry WHERE id = ?""").params(next, id).update();
        jdbc.sql("UPDATE audit_entry SET id = ? WHERE id = ?").params(next + 1, next + 1000000).update();
        try {
            ChainVerification result = verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenEntry()).isEqualTo(next);
        } finally {
            jdbc.sql("DELETE FROM audit_entry WHERE id = ?").param(next).update();
            jdbc.sql("UPDATE audit_entry SET id = ? WHERE id = ?").params(next, next + 1).update();
        }
    }

    private EmployeeId newPerson(String number) {
        jdbc.sql("""
                INSERT INTO employee (employee_number, email, display_name, locale, active)
                VALUES (?, ?, ?, 'en', TRUE)""").params(number, number + "@audit.example.com", "Person " + number)
                .update();
        long id = jdbc.sql("SELECT id FROM employee WHERE employee_number = ?").param(number).query(Long.class)
                .single();
        jdbc.sql("INSERT INTO employee_role (employee_id, role) VALUES (?, 'EMPLOYEE')").param(id).update();
        // Other tests sign in as every person of a role, so this one can sign in too.
        jdbc.sql("INSERT INTO credential (employee_id, password_hash, changed_at) VALUES (?, 'x', ?)")
                .params(id, Timestamp.from(Instant.now())).update();
        return new EmployeeId(id);
    }

    private void makeAuthor(String number, boolean rollBack) {
        byte[] file = StaffLists.file(List.of(StaffLists.row(number, number + "@audit.example.com", "Person " + number,
                null, null, "EMPLOYEE;AUTHOR", "en", null, true)));
        try (var hr = signedIn.as(DemoOrganisation.HR)) {
            transaction.executeWithoutResult(status -> {
                imports.importStaffList(file, ImportMode.PARTIAL);
                if (rollBack) {
                    status.setRollbackOnly();
                }
            });
        }
    }

    private List<String> roles(EmployeeId person) {
        return jdbc.sql("SELECT role FROM employee_role WHERE employee_id = ? ORDER BY role").param(person.value())
                .query(String.class).list();
    }

    @Test
    void a_role_change_by_a_staff_list_import_and_its_entry_commit_or_roll_back_together() {
        String number = "A" + UUID.randomUUID().toString().substring(0, 8);
        EmployeeId person = newPerson(number);
        long before = entries();

        makeAuthor(number, true);
        assertThat(entries()).isEqualTo(before);
        assertThat(roles(person)).containsExactly("EMPLOYEE");

        makeAuthor(number, false);
        assertThat(roles(person)).containsExactly("AUTHOR", "EMPLOYEE");
        Map<String, Object> entry = jdbc.sql("""
                SELECT actor, subject, detail FROM audit_entry WHERE action = 'ROLES_CHANGED' AND id > ?""")
                .param(before).query().singleRow();
        assertThat(entry.get("subject")).isEqualTo("person:" + pseudonyms.find(person).orElseThrow());
        assertThat(entry.get("detail")).isEqualTo("before=[EMPLOYEE] after=[EMPLOYEE, AUTHOR]");
        assertThat((String) entry.get("actor")).startsWith("p-");
    }

    @Test
    void viewing_someone_elses_record_and_its_entry_commit_or_roll_back_together() {
        EmployeeId viewer = newPerson("V" + UUID.randomUUID().toString().substring(0, 8));
        EmployeeId subject = newPerson("S" + UUID.randomUUID().toString().substring(0, 8));
        long before = entries();

        transaction.executeWithoutResult(status -> {
            events.publishEvent(new PersonalRecordViewed(viewer, subject, "training-history"));
            status.setRollbackOnly();
        });
        assertThat(entries()).isEqualTo(before);

        transaction.executeWithoutResult(status ->
                events.publishEvent(new PersonalRecordViewed(viewer, subject, "training-history")));
        Map<String, Object> entry = jdbc.sql("""
                SELECT actor, action, subject, detail FROM audit_entry WHERE id > ?""").param(before).query()
                .singleRow();
        assertThat(entry.get("action")).isEqualTo("PERSONAL_RECORD_VIEWED");
        assertThat(entry.get("actor")).isEqualTo(pseudonyms.find(viewer).orElseThrow());
        assertThat(entry.get("subject")).isEqualTo("person:" + pseudonyms.find(subject).orElseThrow());
        assertThat(entry.get("detail")).isEqualTo("record=training-history");
    }

    private long entries() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry").query(Long.class).single();
    }
}

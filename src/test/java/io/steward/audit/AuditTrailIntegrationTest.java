package io.steward.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.audit.domain.AuditChain;
import io.steward.demo.DemoOrganisation;
import io.steward.directory.Audience;
import io.steward.learning.AssignmentRequest;
import io.steward.learning.AssignmentService;
import io.steward.support.IntegrationTest;
import io.steward.support.SignedIn;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    private long entries() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry").query(Long.class).single();
    }
}

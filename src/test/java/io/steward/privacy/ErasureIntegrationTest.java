package io.steward.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.audit.AuditService;
import io.steward.demo.DemoOrganisation;
import io.steward.privacy.PrivacyFixtures.Person;
import io.steward.support.IntegrationTest;
import io.steward.support.QuizTaker;
import io.steward.support.SignedIn;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class ErasureIntegrationTest {

    @Autowired
    private ErasureService erasure;
    @Autowired
    private AuditService audit;
    @Autowired
    private SignedIn signedIn;
    @Autowired
    private QuizTaker quizzes;
    @Autowired
    private JdbcClient jdbc;
    @LocalServerPort
    private int port;

    private PrivacyFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new PrivacyFixtures(jdbc, quizzes);
    }

    private int mentions(Person person) {
        return jdbc.sql("""
                SELECT (SELECT COUNT(*) FROM employee
                        WHERE display_name = :name OR email = :email OR employee_number = :number)
                     + (SELECT COUNT(*) FROM certificate WHERE holder_name = :name)
                     + (SELECT COUNT(*) FROM audit_pseudonym WHERE employee_id = :id)
                     + (SELECT COUNT(*) FROM credential WHERE employee_id = :id)""")
                .param("name", person.name()).param("email", person.email()).param("number", person.number())
                .param("id", person.id().value())
                .query(Integer.class).single();
    }

    @Test
    void only_people_who_left_can_be_erased_and_a_refusal_changes_nothing() {
        Person active = fixtures.newPerson("Ignatius");
        fixtures.pass(active, "transparency");
        int before = mentions(active);

        try (var hr = signedIn.as(DemoOrganisation.HR)) {
            assertThatThrownBy(() -> erasure.erase(active.number())).isInstanceOf(ErasureRefusedException.class)
                    .extracting(e -> ((ErasureRefusedException) e).reason()).isEqualTo("erasure.refused.active");
            assertThatThrownBy(() -> erasure.erase("NO-SUCH-PERSON")).isInstanceOf(ErasureRefusedException.class)
                    .extracting(e -> ((ErasureRefusedException) e).reason()).isEqualTo("erasure.refused.unknown");
        }
        try (var manager = signedIn.as(DemoOrganisation.MANAGER)) {
            assertThatThrownBy(() -> erasure.erase(active.number())).isInstanceOf(AccessDeniedException.class);
        }

        assertThat(mentions(active)).isEqualTo(before).isGreaterThanOrEqualTo(4);
    }

    @Test
    void erasure_leaves_no_name_keeps_the_evidence_and_the_chain_and_certificates_still_verify() throws Exception {
        Person person = fixtures.newPerson("Jemima");
        fixtures.pass(person, "transparency");
        String code = fixtures.certificateCode(person);
        assertThat(analysedAnswers(person)).as("question analysis copied the first attempt").isPositive();
        fixtures.deactivate(person, Instant.now());
        long entriesBefore = jdbc.sql("SELECT MAX(id) FROM audit_entry").query(Long.class).single();

        try (var hr = signedIn.as(DemoOrganisation.HR)) {
            assertThat(erasure.candidate(person.number()).displayName()).isEqualTo(person.name());
            erasure.erase(person.number());
            assertThatThrownBy(() -> erasure.erase("erased-" + person.id().value()))
                    .extracting(e -> ((ErasureRefusedException) e).reason()).isEqualTo("erasure.refused.erased");
        }

        assertThat(mentions(person)).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM quiz_answer q JOIN quiz_attempt a ON a.id = q.attempt_id "
                + "WHERE a.employee_id = ?").param(person.id().value()).query(Integer.class).single()).isZero();
        assertThat(analysedAnswers(person)).as("and its copy of the answers").isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM completion WHERE employee_id = ?").param(person.id().value())
                .query(Integer.class).single()).as("the evidence stays").isOne();
        assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE id > ?").param(entriesBefore).query(String.class)
                .list()).contains("PERSONAL_DATA_ERASED");
        try (var auditor = signedIn.as(DemoOrganisation.AUDITOR)) {
            assertThat(audit.verify().intact()).isTrue();
        }
        HttpResponse<String> verification = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/v1/certificates/" + code)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(verification.statusCode()).isEqualTo(200);
        assertThat(verification.body()).contains("\"status\":\"VALID\"", "\"holder\":null")
                .doesNotContain(person.name());
    }

    private int analysedAnswers(Person person) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM analysed_answer x JOIN quiz_attempt a ON a.id = x.attempt_id
                WHERE a.employee_id = ?""").param(person.id().value()).query(Integer.class).single();
    }
}

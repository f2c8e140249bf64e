package io.steward.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.certification.CertificateService;
import io.steward.content.ContentService;
import io.steward.demo.DemoOrganisation;
import io.steward.directory.Audience;
import io.steward.support.IntegrationTest;
import io.steward.support.SignedIn;
import io.steward.support.TestContent;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A module without a quiz, a policy to read and acknowledge: reading every lesson in order and agreeing to its
 * statement completes it, with a certificate, and ends the person's open cycle, so it no longer escalates.
 */
@IntegrationTest
class ReadAndAttestIntegrationTest {

    private static final String READER = DemoOrganisation.EMPLOYEE;
    private static final String STATEMENT = TestContent.CLEAN_DESK_STATEMENT;

    @Autowired
    private LearningService learning;
    @Autowired
    private AssignmentService assignments;
    @Autowired
    private ContentService content;
    @Autowired
    private CertificateService certificates;
    @Autowired
    private SignedIn signedIn;
    @Autowired
    private JdbcClient jdbc;

    private String module;

    @BeforeEach
    void aPolicyIsAssignedToTheReader() {
        module = "policy-" + Long.toString(System.nanoTime(), 36);
        TestContent.writeModule(module, TestContent.policy(module, "Clean desk policy"));
        try (var author = signedIn.as(DemoOrganisation.AUTHOR)) {
            content.reload();
        }
        try (var hr = signedIn.as(DemoOrganisation.HR)) {
            String reader = jdbc.sql("SELECT employee_number FROM employee WHERE email = ?").param(READER)
                    .query(String.class).single();
            assignments.assign(new AssignmentRequest(module, new Audience(Audience.Type.EMPLOYEES, List.of(reader)),
                    null, 14, null));
        }
    }

    @Test
    void reading_every_lesson_in_order_and_agreeing_completes_the_module_with_a_certificate() throws IOException {
        try (var reader = signedIn.as(READER)) {
            assertThat(learning.open(module).attestable()).isFalse();
            assertThat(learning.reachLesson(module, 3).attestable()).as("jumping to the end reads nothing").isFalse();
            assertThatThrownBy(() -> learning.attest(module)).isInstanceOf(IllegalStateException.class);
            assertThat(learning.reachLesson(module, 2).attestable()).isFalse();
            ModuleProgress end = learning.reachLesson(module, 3);
            assertThat(end.furthestLesson()).isEqualTo(3);
            assertThat(end.attestable()).isTrue();

            long completion = learning.attest(module);

            assertThat(learning.myTraining()).filteredOn(a -> a.moduleId().equals(module)).singleElement()
                    .satisfies(a -> assertThat(a.state()).isEqualTo(AssignmentState.COMPLETED));
            assertThat(learning.reachLesson(module, 3).attestable()).as("done for this cycle").isFalse();
            assertThatThrownBy(() -> learning.attest(module)).isInstanceOf(IllegalStateException.class);
            try (PDDocument pdf = Loader.loadPDF(certificates.myCertificate(completion).orElseThrow().pdf())) {
                assertThat(new PDFTextStripper().getText(pdf)).contains("Clean desk policy", "Read and attested")
                        .doesNotContain("Score");
            }
            Map<String, Object> row = jdbc.sql("""
                    SELECT attempt_id, score_percent, attestation_text, attested_at, completed_at, expires_at
                    FROM completion WHERE id = ?""").param(completion).query().singleRow();
            assertThat(row.get("attempt_id")).isNull();
            assertThat(row.get("score_percent")).isNull();
            assertThat(row.get("attestation_text")).isEqualTo(STATEMENT);
            assertThat(row.get("attested_at")).isEqualTo(row.get("completed_at"));
            assertThat(row.get("expires_at")).isNotNull();
        }
        assertThat(jdbc.sql("""
                SELECT c.outcome FROM assignment_cycle c JOIN employee e ON e.id = c.employee_id
                WHERE e.email = ? AND c.module_id = ?""").params(READER, module).query(String.class).single())
                .isEqualTo("COMPLETED");
        assertThat(jdbc.sql("""
                SELECT CONCAT(action, ' ', detail) FROM audit_entry
                WHERE action IN ('ATTESTATION_AGREED', 'MODULE_COMPLETED') AND detail LIKE ? ORDER BY id""")
                .param("module=" + module + " %").query(String.class).list())
                .hasSize(2).allSatisfy(entry -> assertThat(entry).endsWith(" read-and-attested"))
                .extracting(entry -> entry.substring(0, entry.indexOf(' ')))
                .containsExactly("ATTESTATION_AGREED", "MODULE_COMPLETED");
    }

    @Test
    void a_module_with_a_quiz_is_never_completed_by_agreeing_alone() {
        try (var reader = signedIn.as(READER)) {
            for (int lesson = 1; lesson <= learning.open("transparency").lessonCount(); lesson++) {
                assertThat(learning.reachLesson("transparency", lesson).attestable()).isFalse();
            }
            assertThatThrownBy(() -> learning.attest("transparency")).isInstanceOf(IllegalStateException.class);
        }
    }
}

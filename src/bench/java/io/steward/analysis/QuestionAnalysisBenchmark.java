package io.steward.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.content.ContentService;
import io.steward.content.ModuleVersionRef;
import io.steward.demo.DemoOrganisation;
import io.steward.support.IntegrationTest;
import io.steward.support.SignedIn;
import io.steward.support.TestContent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The question analysis of one module version that holds a million submitted attempts: 100,000 people with ten
 * attempts each, five questions per attempt, so five million answers. Generated inside MariaDB (Sequence engine),
 * with the analysis's copy of the first attempts' answers that scoring makes (decision 27); scores are spread
 * evenly rather than computed from the answers, which changes nothing for the timing. Checks
 * that exactly the first attempts are analysed and that a facility equals a plain SQL count; prints timings,
 * which never fail the run.
 */
@IntegrationTest
class QuestionAnalysisBenchmark {

    private static final long PEOPLE = 100_000;
    private static final long ATTEMPTS_EACH = 10;
    private static final long FIRST_EMPLOYEE = 5_000_000;
    private static final int RUNS = 5;

    @Autowired
    private QuestionAnalysisService analysis;
    @Autowired
    private ContentService content;
    @Autowired
    private SignedIn signedIn;
    @Autowired
    private JdbcClient jdbc;

    @Test
    void analysing_a_version_with_a_million_attempts() {
        String module = "bench-analysis";
        TestContent.writeModule(module, moduleText(module));
        ModuleVersionRef ref;
        try (var author = signedIn.as(DemoOrganisation.AUTHOR)) {
            content.reload();
            ref = content.module(module).orElseThrow().ref();
        }
        long began = System.nanoTime();
        generate(ref);
        double loadSeconds = (System.nanoTime() - began) / 1e9;
        jdbc.sql("ANALYZE TABLE quiz_attempt, quiz_answer, analysed_version, analysed_answer").query().listOfRows();
        long attempts = jdbc.sql("SELECT COUNT(*) FROM quiz_attempt WHERE module_id = ?").param(module)
                .query(Long.class).single();

        List<Double> millis = new ArrayList<>();
        ModuleAnalysis result = null;
        try (var author = signedIn.as(DemoOrganisation.AUTHOR)) {
            for (int run = 0; run <= RUNS; run++) {
                long start = System.nanoTime();
                result = analysis.analyse(module).orElseThrow();
                if (run > 0) {
                    millis.add((System.nanoTime() - start) / 1e6);
                }
            }
        }
        VersionAnalysis version = result.versions().getFirst();
        assertThat(attempts).isEqualTo(PEOPLE * ATTEMPTS_EACH);
        assertThat(version.attemptsAnalysed()).isEqualTo(PEOPLE);
        long firstRight = jdbc.sql("""
                SELECT COUNT(*) FROM quiz_answer ans JOIN quiz_attempt a ON a.id = ans.attempt_id
                WHERE a.module_id = ? AND a.attempt_number = 1 AND ans.question_key = 1 AND ans.chosen = '1'""")
                .param(module).query(Long.class).single();
        assertThat(version.questions().getFirst().facility()).isEqualTo((double) firstRight / PEOPLE);

        Collections.sort(millis);
        System.out.printf(Locale.ROOT, "%nQuestion analysis: %,d attempts (%,d people, %,d answers) loaded in %.1f s%n",
                attempts, PEOPLE, attempts * 5, loadSeconds);
        System.out.printf(Locale.ROOT, "  analyse one module version: median %.0f ms, slowest %.0f ms over %d runs%n%n",
                millis.get(millis.size() / 2), millis.getLast(), RUNS);
    }

    /**
     * Ten attempts per person, the draw of all five questions, answers right about 40 to 80% of the time; the first
     * attempts' answers copied for the analysis.
     */
    private void generate(ModuleVersionRef ref) {
        jdbc.sql("""
                INSERT INTO employee (id, employee_number, email, display_name, locale, hire_date, active)
                SELECT :e0 + seq, CONCAT('QA', seq), CONCAT('qa-bench', seq, '@bench.example'),
                       CONCAT('Analysis Bench ', seq), 'en', DATE '2020-01-01', TRUE
                FROM seq_1_to_%d""".formatted(PEOPLE))
                .param("e0", FIRST_EMPLOYEE).update();
        jdbc.sql("""
                INSERT INTO quiz_attempt (employee_id, module_id, module_version, content_hash, module_title, pass_mark,
                                          attempt_number, draw, state, started_at, submitted_at, score_percent, passed)
                SELECT :e0 + p.seq, :module, :version, :hash, 'Bench analysis', 80, n.seq,
                       '3:2,1,3;1:1,3,2;5:3,2,1;2:2,3,1;4:1,2,3', 'SUBMITTED',
                       TIMESTAMP '2026-01-01 09:00:00', TIMESTAMP '2026-01-01 09:10:00',
                       MOD(p.seq * 7919 + n.seq * 104729, 6) * 20, MOD(p.seq * 7919 + n.seq * 104729, 6) >= 4
                FROM seq_1_to_%d p CROSS JOIN seq_1_to_%d n""".formatted(PEOPLE, ATTEMPTS_EACH))
                .param("e0", FIRST_EMPLOYEE).param("module", ref.moduleId())
                .param("version", ref.version().toString()).param("hash", ref.contentHash()).update();
        jdbc.sql("""
                INSERT INTO quiz_answer (attempt_id, question_key, chosen, answered_at)
                SELECT a.id, q.seq, IF(MOD(a.id * 31 + q.seq * 977, 10) < 3 + q.seq, '1', CAST(2 + MOD(a.id, 2) AS CHAR)),
                       a.submitted_at
                FROM quiz_attempt a CROSS JOIN seq_1_to_5 q
                WHERE a.module_id = :module""")
                .param("module", ref.moduleId()).update();
        jdbc.sql("""
                INSERT INTO analysed_version (module_id, module_version, content_hash)
                SELECT DISTINCT module_id, module_version, content_hash FROM quiz_attempt WHERE module_id = :module""")
                .param("module", ref.moduleId()).update();
        jdbc.sql("""
                INSERT INTO analysed_answer (version_id, attempt_id, score_percent, question_key, chosen, submitted_at)
                SELECT v.id, a.id, a.score_percent, ans.question_key, ans.chosen, a.submitted_at
                FROM quiz_attempt a JOIN quiz_answer ans ON ans.attempt_id = a.id
                JOIN analysed_version v ON v.module_id = a.module_id AND v.module_version = a.module_version
                                       AND v.content_hash = a.content_hash
                WHERE a.module_id = :module AND a.attempt_number = 1""")
                .param("module", ref.moduleId()).update();
    }

    private static String moduleText(String id) {
        StringBuilder text = new StringBuilder("""
                ---
                id: %s
                title: Bench analysis
                version: 1.0.0
                pass-mark: 80
                ---
                ## Lesson

                Text.

                ## Quiz
                """.formatted(id));
        for (int q = 1; q <= 5; q++) {
            text.append("\n### Bench question ").append(q).append("?\n- [x] Right\n- [ ] Wrong one\n- [ ] Wrong two\n");
        }
        return text.toString();
    }
}

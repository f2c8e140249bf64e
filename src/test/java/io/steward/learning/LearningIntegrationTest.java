package io.steward.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.base.EmployeeId;
import io.steward.content.AnswerOption;
import io.steward.content.ContentService;
import io.steward.content.Question;
import io.steward.demo.DemoOrganisation;
import io.steward.directory.Audience;
import io.steward.support.IntegrationTest;
import io.steward.support.SignedIn;
import io.steward.support.TestContent;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class LearningIntegrationTest {

    @Autowired
    private LearningService learning;
    @Autowired
    private QuizService quizzes;
    @Autowired
    private AllowanceService allowances;
    @Autowired
    private AssignmentService assignments;
    @Autowired
    private ContentService content;
    @Autowired
    private SignedIn signedIn;
    @Autowired
    private JdbcClient jdbc;

    /** Four single-choice questions, so each is worth 25 points. */
    private String publish(String version, int passMark, String extraSettings) {
        String id = "quiz-" + UUID.randomUUID().toString().substring(0, 8);
        publish(id, version, passMark, extraSettings, "Keep it only as long as needed");
        return id;
    }

    private void publish(String id, String version, int passMark, String extraSettings, String rightAnswer) {
        TestContent.writeModule(id, """
                ---
                id: %s
                title: Quiz rules %s
                version: %s
                pass-mark: %d
                %s
                ---
                ## The only lesson

                Data is kept only as long as it is needed.

                ## Quiz

                ### How long do we keep customer data?
                - [x] %s
                - [ ] Forever

                ### Who may see a customer's record?
                - [ ] Everyone in the company
                - [x] People who need it for their work

                ### A customer withdraws consent. What happens?
                - [x] We stop the processing that relied on it
                - [ ] Nothing

                ### Where do you report a lost laptop?
                - [ ] Nowhere
                - [x] To the incident channel, at once
                """.formatted(id, id, version, passMark, extraSettings, rightAnswer));
        try (var author = signedIn.as(DemoOrganisation.AUTHOR)) {
            content.reload();
        }
    }

    /** Answers the attempt with {@code right} questions right and the rest wrong. */
    private void answer(AttemptView attempt, int right) {
        List<Question> bank = content.questions(attempt.version()).orElseThrow();
        int n = 0;
        for (DrawnQuestion drawn : attempt.questions()) {
            Question q = bank.stream().filter(b -> b.key() == drawn.key()).findFirst().orElseThrow();
            boolean correct = n++ < right;
            Set<Integer> chosen = new HashSet<>();
            q.options().stream().filter(o -> o.correct() == correct).map(AnswerOption::key).forEach(chosen::add);
            quizzes.answer(attempt.attemptId(), q.key(), Set.of(chosen.iterator().next()));
        }
    }

    /**
     * A bank of six questions of five options each, three drawn per attempt, over ten attempts. Every attempt
     * holds exactly three questions of the bank; the attempts do not all draw the same three; and some question
     * is shown in two attempts with its options in different orders.
     *
     * <p>Chance that a correct draw fails this test: all ten attempts drawing the same three of the C(6,3) = 20
     * sets is 20 * (1/20)^10 = (1/20)^9, about 2.0e-12. The thirty questions shown fall on at most six keys, so
     * at least 24 of them repeat a key already shown; each repeat keeps the earlier order with chance 1/5! = 1/120,
     * so all orders agreeing per key has chance at most (1/120)^24, about 1e-50. Together below 2.1e-12.
     */
    @Test
    void an_attempt_draws_questions_per_attempt_from_the_bank_and_shuffles_each_questions_options() {
        String id = "draw-" + UUID.randomUUID().toString().substring(0, 8);
        StringBuilder quiz = new StringBuilder();
        for (int q = 1; q <= 6; q++) {
            quiz.append("\n### Question ").append(q).append(" of the bank?\n- [x] Right ").append(q).append('\n');
            for (int o = 2; o <= 5; o++) {
                quiz.append("- [ ] Wrong ").append(q).append('.').append(o).append('\n');
            }
        }
        TestContent.writeModule(id, """
                ---
                id: %s
                title: Drawn from a bank %s
                version: 1.0.0
                pass-mark: 100
                questions-per-attempt: 3
                ---
                ## Lesson

                Text.

                ## Quiz
                %s""".formatted(id, id, quiz));
        try (var author = signedIn.as(DemoOrganisation.AUTHOR)) {
            content.reload();
        }
        Set<Integer> bank = new HashSet<>(content.module(id).orElseThrow().questions().stream()
                .map(Question::key).toList());
        assertThat(bank).hasSize(6);

        Set<Set<Integer>> draws = new HashSet<>();
        Map<Integer, Set<List<Integer>>> optionOrders = new HashMap<>();
        try (var employee = signedIn.as("sofia.rossi@example.com")) {
            for (int i = 0; i < 10; i++) {
                AttemptView attempt = quizzes.startOrResume(id);
                Set<Integer> drawn = new HashSet<>(attempt.questions().stream().map(DrawnQuestion::key).toList());
                assertThat(attempt.questions()).as("attempt %d", i + 1).hasSize(3);
                assertThat(drawn).as("attempt %d: three different questions of the bank", i + 1).hasSize(3)
                        .isSubsetOf(bank);
                draws.add(drawn);
                for (DrawnQuestion question : attempt.questions()) {
                    assertThat(question.options()).hasSize(5);
                    optionOrders.computeIfAbsent(question.key(), key -> new HashSet<>())
                            .add(question.options().stream().map(DrawnQuestion.Option::key).toList());
                }
                quizzes.submit(attempt.attemptId());
            }
        }

        assertThat(draws).as("the questions drawn differ between attempts").hasSizeGreaterThan(1);
        assertThat(optionOrders.values()).as("the option orders each question was shown in")
                .anyMatch(orders -> orders.size() > 1);
    }

    @Test
    void the_score_is_the_share_of_right_answers_and_the_pass_mark_decides() {
        String module = publish("1.0.0", 75, "");
        try (var employee = signedIn.as("emma.schmidt@example.com")) {
            AttemptView first = quizzes.startOrResume(module);
            answer(first, 2);
            AttemptResult failed = quizzes.submit(first.attemptId());
            assertThat(failed.scorePercent()).isEqualTo(50);
            assertThat(failed.passed()).isFalse();
            assertThat(failed.completionId()).isNull();
            assertThat(failed.correctOptionsRevealed()).as("not revealed after a failed attempt").isFalse();
            assertThat(failed.questions()).flatExtracting(AttemptResult.QuestionResult::options)
                    .extracting(AttemptResult.OptionResult::correct).containsOnlyNulls();

            AttemptView second = quizzes.startOrResume(module);
            assertThat(second.attemptNumber()).isEqualTo(2);
            answer(second, 3);
            AttemptResult passed = quizzes.submit(second.attemptId());
            assertThat(passed.scorePercent()).isEqualTo(75);
            assertThat(passed.passed()).isTrue();
            assertThat(passed.completionId()).isNotNull();
            assertThat(passed.correctOptionsRevealed()).isTrue();
        }
    }

    @Test
    void a_select_all_question_is_right_only_with_exactly_the_correct_set() {
        String id = "multi-" + UUID.randomUUID().toString().substring(0, 8);
        TestContent.writeModule(id, """
                ---
                id: %s
                title: Select all
                version: 1.0.0
                pass-mark: 100
                ---
                ## Lesson

                Text.

                ## Quiz

                ### Which are personal data?
                - [x] An email address
                - [x] A customer number
                - [ ] The company's address
                """.formatted(id));
        try (var author = signedIn.as(DemoOrganisation.AUTHOR)) {
            content.reload();
        }
        try (var employee = signedIn.as("noah.johnson@example.com")) {
            AttemptView attempt = quizzes.startOrResume(id);
            int key = attempt.questions().getFirst().key();
            quizzes.answer(attempt.attemptId(), key, Set.of(1));
            assertThat(quizzes.submit(attempt.attemptId()).passed()).as("only part of the set").isFalse();

            AttemptView again = quizzes.startOrResume(id);
            quizzes.answer(again.attemptId(), key, Set.of(1, 2, 3));
            assertThat(quizzes.submit(again.attemptId()).passed()).as("more than the set").isFalse();

            AttemptView third = quizzes.startOrResume(id);
            quizzes.answer(third.attemptId(), key, Set.of(1, 2));
            assertThat(quizzes.submit(third.attemptId()).passed()).isTrue();
        }
    }

    @Test
    void after_the_last_allowed_attempt_only_a_grant_from_hr_or_the_manager_opens_another() {
        String module = publish("1.0.0", 100, "max-attempts: 2");
        String person = "fatima.haddad@example.com";
        EmployeeId personId = new EmployeeId(jdbc.sql("SELECT id FROM employee WHERE email = ?").param(person)
                .query(Long.class).single());
        try (var employee = signedIn.as(person)) {
            for (int i = 0; i < 2; i++) {
                AttemptView attempt = quizzes.startOrResume(module);
                answer(attempt, 1);
                quizzes.submit(attempt.attemptId());
            }
            assertThat(quizzes.attempts(module)).isEqualTo(new Attempts(2, 2));
            assertThatThrownBy(() -> quizzes.startOrResume(module)).isInstanceOf(AttemptsExhaustedException.class);
        }
        try (var otherManager = signedIn.as("lena.novak@example.com")) {
            assertThatThrownBy(() -> allowances.grantAttempts(personId, module, 1, "asked nicely"))
                    .as("a manager outside the reporting line").isInstanceOf(AccessDeniedException.class);
        }
        try (var manager = signedIn.as(DemoOrganisation.MANAGER)) {
            allowances.grantAttempts(personId, module, 1, "Was interrupted twice");
        }
        try (var employee = signedIn.as(person)) {
            assertThat(quizzes.attempts(module)).isEqualTo(new Attempts(2, 3));
            assertThat(quizzes.startOrResume(module).attemptNumber()).isEqualTo(3);
        }
        assertThat(jdbc.sql("SELECT reason FROM attempt_grant WHERE employee_id = ? AND module_id = ?")
                .params(personId.value(), module).query(String.class).single()).isEqualTo("Was interrupted twice");
    }

    @Test
    void with_an_attestation_the_completion_exists_only_after_i_agree() {
        String module = publish("1.0.0", 50, "attestation: I will follow the customer data policy.\nrecertify-every: P12M");
        try (var employee = signedIn.as("lucas.silva@example.com")) {
            AttemptView attempt = quizzes.startOrResume(module);
            answer(attempt, 4);
            AttemptResult passed = quizzes.submit(attempt.attemptId());
            assertThat(passed.awaitsAttestation()).isTrue();
            assertThat(completions(attempt.attemptId())).isZero();

            AttemptResult agreed = quizzes.agreeToAttestation(attempt.attemptId());
            quizzes.agreeToAttestation(attempt.attemptId());

            assertThat(agreed.completionId()).isNotNull();
            assertThat(completions(attempt.attemptId())).isOne();
            var row = jdbc.sql("""
                    SELECT attestation_text, attested_at IS NOT NULL AS attested,
                           TIMESTAMPDIFF(MONTH, completed_at, expires_at) AS months
                    FROM completion WHERE attempt_id = ?""").param(attempt.attemptId()).query().singleRow();
            assertThat(row.get("attestation_text")).isEqualTo("I will follow the customer data policy.");
            assertThat(row.get("attested")).isIn(1, 1L, true);
            assertThat(((Number) row.get("months")).intValue()).isEqualTo(12);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM certificate WHERE completion_id = ?")
                    .param(agreed.completionId()).query(Integer.class).single()).isOne();
        }
    }

    @Test
    void a_pass_on_the_last_attempt_left_without_agreeing_waits_for_the_statement_instead_of_a_new_attempt() {
        String module = publish("1.0.0", 100, "max-attempts: 2\nattestation: I will follow the customer data policy.");
        String person = "lucas.silva@example.com";
        String number = jdbc.sql("SELECT employee_number FROM employee WHERE email = ?").param(person)
                .query(String.class).single();
        try (var hr = signedIn.as(DemoOrganisation.HR)) {
            assignments.assign(new AssignmentRequest(module, new Audience(Audience.Type.EMPLOYEES, List.of(number)),
                    LocalDate.now().plusDays(10), null));
        }
        try (var employee = signedIn.as(person)) {
            AttemptView first = quizzes.startOrResume(module);
            answer(first, 1);
            quizzes.submit(first.attemptId());
            AttemptView last = quizzes.startOrResume(module);
            answer(last, 4);
            assertThat(quizzes.submit(last.attemptId()).awaitsAttestation()).isTrue();
        }
        // The person closes the tab here and comes back another day.
        try (var employee = signedIn.as(person)) {
            assertThat(quizzes.awaitingStatement(module)).contains(last(module, person));
            assertThatThrownBy(() -> quizzes.startOrResume(module)).as("no new attempt over a pass")
                    .isInstanceOf(IllegalStateException.class);
            MyAssignment card = learning.myTraining().stream().filter(a -> a.moduleId().equals(module))
                    .findFirst().orElseThrow();
            assertThat(card.statementAttemptId()).isEqualTo(last(module, person));
            assertThat(card.state().isOpen()).isTrue();
            assertThat(card.minutesLeft()).isNull(); // the test module has no estimate

            AttemptResult agreed = quizzes.agreeToAttestation(last(module, person));

            assertThat(agreed.completionId()).isNotNull();
            assertThat(quizzes.awaitingStatement(module)).isEmpty();
            MyAssignment done = learning.myTraining().stream().filter(a -> a.moduleId().equals(module))
                    .findFirst().orElseThrow();
            assertThat(done.state()).isEqualTo(AssignmentState.COMPLETED);
            assertThat(done.statementAttemptId()).isNull();
            assertThat(done.completionId()).isEqualTo(agreed.completionId());
        }
    }

    @Test
    void a_voluntary_module_completed_shows_its_completion_and_a_pass_left_unconfirmed_shows_the_step_left() {
        String module = publish("1.0.0", 50, "attestation: I will follow the customer data policy.");
        try (var employee = signedIn.as("noah.johnson@example.com")) {
            assertThat(voluntary(module).completed()).isFalse();
            AttemptView attempt = quizzes.startOrResume(module);
            answer(attempt, 4);
            quizzes.submit(attempt.attemptId());
            assertThat(voluntary(module).statementAttemptId()).isEqualTo(attempt.attemptId());
            assertThat(voluntary(module).completed()).isFalse();

            long completion = quizzes.agreeToAttestation(attempt.attemptId()).completionId();

            assertThat(voluntary(module).completionId()).isEqualTo(completion);
            assertThat(voluntary(module).statementAttemptId()).isNull();
            assertThat(voluntary(module).completedAt()).isNotNull();
        }
    }

    private VoluntaryModule voluntary(String module) {
        return learning.otherModules().stream().filter(m -> m.module().id().equals(module)).findFirst().orElseThrow();
    }

    private long last(String module, String person) {
        return jdbc.sql("""
                SELECT MAX(a.id) FROM quiz_attempt a JOIN employee e ON e.id = a.employee_id
                WHERE e.email = ? AND a.module_id = ?""").params(person, module).query(Long.class).single();
    }

    @Test
    void two_concurrent_submits_of_one_attempt_score_it_exactly_once() throws Exception {
        String module = publish("1.0.0", 50, "");
        long attemptId;
        try (var employee = signedIn.as("oscar.nilsson@example.com")) {
            AttemptView attempt = quizzes.startOrResume(module);
            answer(attempt, 4);
            attemptId = attempt.attemptId();
        }
        CountDownLatch start = new CountDownLatch(1);
        Callable<AttemptResult> submit = () -> {
            try (var employee = signedIn.as("oscar.nilsson@example.com")) {
                start.await();
                return quizzes.submit(attemptId);
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<AttemptResult> a = pool.submit(submit);
            Future<AttemptResult> b = pool.submit(submit);
            start.countDown();
            assertThat(a.get().scorePercent()).isEqualTo(100);
            assertThat(b.get().completionId()).isEqualTo(a.get().completionId());
        } finally {
            pool.shutdown();
        }
        assertThat(completions(attemptId)).isOne();
        assertThat(jdbc.sql("SELECT version FROM quiz_attempt WHERE id = ?").param(attemptId).query(Long.class)
                .single()).as("the row was moved to submitted exactly once").isEqualTo(1L);
    }

    @Test
    void an_attempt_is_scored_on_the_version_it_started_on_even_after_a_new_major_is_published() {
        String module = "pinned-" + UUID.randomUUID().toString().substring(0, 8);
        publish(module, "1.4.0", 75, "", "Keep it only as long as needed");
        try (var employee = signedIn.as("grace.liu@example.com")) {
            AttemptView attempt = quizzes.startOrResume(module);
            answer(attempt, 4);

            publish(module, "2.0.0", 100, "", "Something new entirely");
            assertThat(content.module(module).orElseThrow().ref().version().toString()).isEqualTo("2.0.0");

            AttemptResult result = quizzes.submit(attempt.attemptId());
            assertThat(result.passed()).isTrue();
            assertThat(result.passMark()).isEqualTo(75);
            assertThat(result.questions()).allMatch(AttemptResult.QuestionResult::right);
            assertThat(jdbc.sql("SELECT module_version FROM completion WHERE attempt_id = ?")
                    .param(attempt.attemptId()).query(String.class).single()).isEqualTo("1.4.0");
        }
    }

    @Test
    void a_reload_resumes_the_same_attempt_with_its_answers() {
        String module = publish("1.0.0", 50, "");
        try (var employee = signedIn.as("mohammed.aziz@example.com")) {
            AttemptView first = quizzes.startOrResume(module);
            DrawnQuestion q = first.questions().getFirst();
            quizzes.answer(first.attemptId(), q.key(), Set.of(q.options().getFirst().key()));

            AttemptView again = quizzes.startOrResume(module);

            assertThat(again.attemptId()).isEqualTo(first.attemptId());
            assertThat(again.questions()).isEqualTo(first.questions());
            assertThat(again.answers()).containsEntry(q.key(), Set.of(q.options().getFirst().key()));
        }
    }

    @Test
    void nobody_can_answer_or_read_someone_elses_attempt() {
        String module = publish("1.0.0", 50, "");
        long attemptId;
        try (var employee = signedIn.as("chloe.martin@example.com")) {
            attemptId = quizzes.startOrResume(module).attemptId();
        }
        try (var other = signedIn.as("ben.carter@example.com")) {
            assertThatThrownBy(() -> quizzes.answer(attemptId, 1, Set.of(1)))
                    .isInstanceOf(NoSuchElementException.class);
            assertThatThrownBy(() -> quizzes.attempt(attemptId)).isInstanceOf(NoSuchElementException.class);
        }
    }

    private int completions(long attemptId) {
        return jdbc.sql("SELECT COUNT(*) FROM completion WHERE attempt_id = ?").param(attemptId).query(Integer.class)
                .single();
    }
}

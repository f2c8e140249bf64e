package io.steward.learning;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.base.EmployeeId;
import io.steward.base.Role;
import io.steward.base.SignedInUser;
import io.steward.content.AnswerOption;
import io.steward.content.ContentService;
import io.steward.content.Question;
import io.steward.demo.DemoOrganisation;
import io.steward.support.IntegrationTest;
import io.steward.support.SignedIn;
import io.steward.support.TestContent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * 200 employees take a quiz at the same moment through the service layer, against MariaDB: each starts an
 * attempt, answers ten questions and submits, three rounds each. Prints throughput and submit latency, then
 * checks that no attempt was lost or scored twice.
 */
@IntegrationTest
class QuizSubmissionBenchmark {

    private static final int EMPLOYEES = 200;
    private static final int ROUNDS = 3;
    private static final int QUESTIONS = 10;

    @Autowired
    private QuizService quizzes;
    @Autowired
    private ContentService content;
    @Autowired
    private SignedIn signedIn;
    @Autowired
    private JdbcClient jdbc;

    /** Everyone answers as fast as the machine allows: shows the ceiling, and latency is mostly queueing. */
    @Test
    void burst_without_pauses() throws Exception {
        run("burst", 0);
    }

    /**
     * Everyone reads each question for 0.5 to 1.5 s before answering, as people do: about 200 requests a
     * second in all. The latency goal (p95 under 100 ms) is for this case.
     */
    @Test
    void two_hundred_people_answering_at_reading_pace() throws Exception {
        run("paced", 1000);
    }

    private void run(String name, int meanThinkMillis) throws Exception {
        String module = publishModule("bench-" + name);
        List<SignedInUser> people = createEmployees(name);
        CountDownLatch start = new CountDownLatch(1);
        ConcurrentLinkedQueue<Long> submitNanos = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> answerNanos = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(EMPLOYEES);
        List<Future<?>> runs = new ArrayList<>();
        for (SignedInUser person : people) {
            runs.add(pool.submit(() -> {
                SecurityContextHolder.getContext().setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(person, null, person.getAuthorities()));
                start.await();
                for (int round = 0; round < ROUNDS; round++) {
                    AttemptView attempt = quizzes.startOrResume(module);
                    answerAll(attempt, round == ROUNDS - 1, meanThinkMillis, answerNanos);
                    think(meanThinkMillis);
                    long t0 = System.nanoTime();
                    quizzes.submit(attempt.attemptId());
                    submitNanos.add(System.nanoTime() - t0);
                }
                SecurityContextHolder.clearContext();
                return null;
            }));
        }
        long began = System.nanoTime();
        start.countDown();
        for (Future<?> run : runs) {
            run.get();
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        pool.shutdown();

        List<Long> submits = sorted(submitNanos);
        List<Long> answers = sorted(answerNanos);
        System.out.printf(Locale.ROOT, "%nQUIZ SUBMISSION BENCHMARK (%s, mean pause %d ms)%n"
                        + "employees: %d, rounds: %d, questions per attempt: %d, CPU cores: %d%n"
                        + "attempts submitted: %d in %.2f s = %.1f attempts/s; requests (answers + submits): %.0f/s%n"
                        + "submit latency ms: p50 %.1f, p95 %.1f, p99 %.1f, max %.1f%n"
                        + "answer latency ms: p50 %.1f, p95 %.1f, p99 %.1f%n",
                name, meanThinkMillis, EMPLOYEES, ROUNDS, QUESTIONS, Runtime.getRuntime().availableProcessors(),
                submits.size(), seconds, submits.size() / seconds, (submits.size() + answers.size()) / seconds,
                ms(submits, 0.50), ms(submits, 0.95), ms(submits, 0.99), submits.getLast() / 1e6,
                ms(answers, 0.50), ms(answers, 0.95), ms(answers, 0.99));

        int stored = jdbc.sql("SELECT COUNT(*) FROM quiz_attempt WHERE module_id = ? AND state = 'SUBMITTED'")
                .param(module).query(Integer.class).single();
        int scoredTwice = jdbc.sql("SELECT COUNT(*) FROM quiz_attempt WHERE module_id = ? AND version <> 1")
                .param(module).query(Integer.class).single();
        int completions = jdbc.sql("SELECT COUNT(*) FROM completion WHERE module_id = ?").param(module)
                .query(Integer.class).single();
        int analysed = jdbc.sql("""
                SELECT COUNT(DISTINCT x.attempt_id) FROM analysed_answer x
                JOIN analysed_version v ON v.id = x.version_id WHERE v.module_id = ?""")
                .param(module).query(Integer.class).single();
        System.out.printf(Locale.ROOT,
                "stored: %d submitted attempts, %d scored more than once, %d completions, "
                        + "%d first attempts analysed%n%n",
                stored, scoredTwice, completions, analysed);
        assertThat(stored).as("no attempt lost").isEqualTo(EMPLOYEES * ROUNDS);
        assertThat(scoredTwice).as("no attempt scored twice").isZero();
        assertThat(completions).as("one completion per employee, from the passing round").isEqualTo(EMPLOYEES);
        assertThat(analysed).as("each employee's first attempt copied for question analysis").isEqualTo(EMPLOYEES);
    }

    private static void think(int meanMillis) throws InterruptedException {
        if (meanMillis > 0) {
            Thread.sleep(ThreadLocalRandom.current().nextInt(meanMillis / 2, meanMillis * 3 / 2));
        }
    }

    private static List<Long> sorted(ConcurrentLinkedQueue<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted;
    }

    private void answerAll(AttemptView attempt, boolean right, int meanThinkMillis,
            ConcurrentLinkedQueue<Long> answerNanos) throws InterruptedException {
        List<Question> bank = content.questions(attempt.version()).orElseThrow();
        for (DrawnQuestion drawn : attempt.questions()) {
            think(meanThinkMillis);
            Question q = bank.stream().filter(b -> b.key() == drawn.key()).findFirst().orElseThrow();
            int chosen = q.options().stream().filter(o -> o.correct() == right).map(AnswerOption::key)
                    .findFirst().orElseThrow();
            long t0 = System.nanoTime();
            quizzes.answer(attempt.attemptId(), q.key(), Set.of(chosen));
            answerNanos.add(System.nanoTime() - t0);
        }
    }

    private static double ms(List<Long> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1)) / 1e6;
    }

    private String publishModule(String id) {
        StringBuilder quiz = new StringBuilder();
        for (int i = 1; i <= QUESTIONS; i++) {
            quiz.append("### Question number ").append(i).append("?\n- [x] Right ").append(i)
                    .append("\n- [ ] Wrong ").append(i).append("\n- [ ] Also wrong ").append(i).append("\n\n");
        }
        TestContent.writeModule(id, """
                ---
                id: %s
                title: Benchmark quiz
                version: 1.0.0
                pass-mark: 80
                recertify-every: P12M
                ---
                ## Lesson

                Read this.

                ## Quiz

                %s""".formatted(id, quiz));
        try (var author = signedIn.as(DemoOrganisation.AUTHOR)) {
            content.reload();
        }
        return id;
    }

    private List<SignedInUser> createEmployees(String group) {
        List<SignedInUser> people = new ArrayList<>();
        for (int i = 0; i < EMPLOYEES; i++) {
            String number = "BENCH-" + group + "-" + i;
            jdbc.sql("""
                    INSERT INTO employee (employee_number, email, display_name, locale, active)
                    VALUES (?, ?, ?, 'en', TRUE)""").params(number, number + "@example.com", "Bench " + i)
                    .update();
            long id = jdbc.sql("SELECT id FROM employee WHERE employee_number = ?").param(number).query(Long.class)
                    .single();
            people.add(new SignedInUser(new EmployeeId(id), number + "@example.com", "", true, "Bench " + i,
                    Locale.ENGLISH, EnumSet.of(Role.EMPLOYEE)));
        }
        return people;
    }
}

package io.steward.analysis;

import io.steward.content.ContentService;
import io.steward.demo.DemoOrganisation;
import io.steward.learning.AttemptView;
import io.steward.learning.QuizService;
import io.steward.support.SignedIn;
import io.steward.support.TestContent;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntUnaryOperator;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A five-question module answered by 20 real people through the real quiz flow, with answer patterns chosen so
 * that question 1 is too easy, question 2 too hard, question 3 misleading (the strongest pick a wrong option that
 * the weakest avoid) and questions 4 and 5 separate well. Person 0 also takes a second attempt, and a 21st person
 * leaves an attempt unsubmitted: neither may count. Then version 1.1.0 is published and only 4 people attempt it.
 */
final class AnsweredQuiz {

    static final int PEOPLE = 20;
    static final int QUESTIONS = 5;
    /** The option each wrong answer chooses, per question; question 3's is the tempting "Three days". */
    static final int[] WRONG_OPTION = {2, 1, 2, 1, 1};
    static final String TEMPTING = "Three days";

    final String moduleId = "analysis-" + UUID.randomUUID().toString().substring(0, 8);
    /** The people who took version 1.0.0, in the order they took it; then the four on version 1.1.0. */
    final List<String> people;
    final List<String> laterPeople;

    private final QuizService quizzes;
    private final ContentService content;
    private final SignedIn signedIn;

    AnsweredQuiz(QuizService quizzes, ContentService content, SignedIn signedIn, JdbcClient jdbc) {
        this.quizzes = quizzes;
        this.content = content;
        this.signedIn = signedIn;
        List<String> active = jdbc.sql("SELECT email FROM employee WHERE active ORDER BY id LIMIT 25")
                .query(String.class).list();
        people = active.subList(0, PEOPLE);
        laterPeople = active.subList(PEOPLE + 1, PEOPLE + 5);
        publish("1.0.0");
        for (int person = 0; person < PEOPLE; person++) {
            int p = person;
            submit(people.get(person), question -> chosen(p, question));
        }
        submit(people.getFirst(), AnsweredQuiz::correctOption);
        try (var s = signedIn.as(active.get(PEOPLE))) {
            AttemptView open = quizzes.startOrResume(moduleId);
            open.questions().forEach(q -> quizzes.answer(open.attemptId(), q.key(), Set.of(correctOption(q.key()))));
        }
        publish("1.1.0");
        laterPeople.forEach(email -> submit(email, AnsweredQuiz::correctOption));
    }

    /** Whether person {@code p} (0 is the weakest) answers question {@code q} (1 to 5) right on version 1.0.0. */
    static boolean right(int p, int q) {
        return switch (q) {
            case 1 -> p >= 1;
            case 2 -> p >= 15;
            case 3 -> p <= 14;
            case 4 -> p >= 8;
            case 5 -> p >= 12;
            default -> throw new IllegalArgumentException("no question " + q);
        };
    }

    /** How many questions person {@code p} answers right on version 1.0.0. */
    static long score(int p) {
        return IntStream.rangeClosed(1, QUESTIONS).filter(q -> right(p, q)).count();
    }

    static int correctOption(int q) {
        return switch (q) {
            case 1 -> 1;
            case 2, 4, 5 -> 2;
            case 3 -> 1;
            default -> throw new IllegalArgumentException("no question " + q);
        };
    }

    static int chosen(int p, int q) {
        return right(p, q) ? correctOption(q) : WRONG_OPTION[q - 1];
    }

    private void submit(String email, IntUnaryOperator choice) {
        try (var s = signedIn.as(email)) {
            AttemptView attempt = quizzes.startOrResume(moduleId);
            attempt.questions().forEach(q -> quizzes.answer(attempt.attemptId(), q.key(),
                    Set.of(choice.applyAsInt(q.key()))));
            quizzes.submit(attempt.attemptId());
        }
    }

    private void publish(String version) {
        TestContent.writeModule(moduleId, """
                ---
                id: %s
                title: Handling customer requests %s
                version: %s
                pass-mark: 100
                ---
                ## The only lesson

                Customers may ask for their data, and we answer within one month.

                ## Quiz

                ### Is a customer's email address personal data?
                - [x] Yes
                - [ ] No

                ### Which article of the GDPR sets out the right to data portability?
                - [ ] Article 15
                - [x] Article 20
                - [ ] Article 17

                ### A customer asks for a copy of their data. How long do we have to answer?
                - [x] One month
                - [ ] %s
                - [ ] One year

                ### Who may see a customer's record?
                - [ ] Everyone in the company
                - [x] People who need it for their work
                - [ ] Only managers

                ### Where do you report a lost laptop?
                - [ ] Nowhere
                - [x] To the incident channel, at once
                - [ ] To your manager, next week
                """.formatted(moduleId, moduleId, version, TEMPTING));
        try (var author = signedIn.as(DemoOrganisation.AUTHOR)) {
            content.reload();
        }
    }
}

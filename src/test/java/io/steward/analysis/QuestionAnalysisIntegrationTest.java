package io.steward.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.steward.content.ContentService;
import io.steward.demo.DemoOrganisation;
import io.steward.learning.QuizService;
import io.steward.support.IntegrationTest;
import io.steward.support.SignedIn;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuestionAnalysisIntegrationTest {

    @Autowired
    private QuestionAnalysisService analysis;
    @Autowired
    private QuizService quizzes;
    @Autowired
    private ContentService content;
    @Autowired
    private SignedIn signedIn;
    @Autowired
    private JdbcClient jdbc;

    private AnsweredQuiz quiz;
    private ModuleAnalysis result;

    @BeforeAll
    void answerTheQuiz() {
        quiz = new AnsweredQuiz(quizzes, content, signedIn, jdbc);
        try (var author = signedIn.as(DemoOrganisation.AUTHOR)) {
            result = analysis.analyse(quiz.moduleId).orElseThrow();
        }
    }

    private VersionAnalysis version(String number) {
        return result.versions().stream().filter(v -> v.ref().version().toString().equals(number)).findFirst()
                .orElseThrow();
    }

    private QuestionAnalysis question(int key) {
        return version("1.0.0").questions().stream().filter(q -> q.key() == key).findFirst().orElseThrow();
    }

    /** The people of version 1.0.0 from strongest to weakest by score; ties in the order they took the quiz. */
    private static List<Integer> byScore() {
        return IntStream.range(0, AnsweredQuiz.PEOPLE).boxed()
                .sorted(Comparator.comparingLong(AnsweredQuiz::score).reversed()).toList();
    }

    private static double shareRight(List<Integer> people, int question) {
        return people.stream().filter(p -> AnsweredQuiz.right(p, question)).count() / (double) people.size();
    }

    @Test
    void facility_and_discrimination_equal_the_textbook_formulas_over_each_persons_first_attempt() {
        List<Integer> everyone = IntStream.range(0, AnsweredQuiz.PEOPLE).boxed().toList();
        List<Integer> ranked = byScore();
        int group = (int) Math.round(0.27 * AnsweredQuiz.PEOPLE);
        List<Integer> upper = ranked.subList(0, group);
        List<Integer> lower = ranked.subList(ranked.size() - group, ranked.size());

        assertThat(version("1.0.0").attemptsAnalysed()).as("a retake and an unsubmitted attempt do not count")
                .isEqualTo(AnsweredQuiz.PEOPLE);
        for (int q = 1; q <= AnsweredQuiz.QUESTIONS; q++) {
            QuestionAnalysis found = question(q);
            assertThat(found.attempts()).isEqualTo(AnsweredQuiz.PEOPLE);
            assertThat(found.upperGroup()).isEqualTo(group);
            assertThat(found.lowerGroup()).isEqualTo(group);
            assertThat(found.facility()).as("facility of question " + q).isCloseTo(shareRight(everyone, q),
                    within(1e-9));
            assertThat(found.discrimination()).as("discrimination of question " + q)
                    .isCloseTo(shareRight(upper, q) - shareRight(lower, q), within(1e-9));
        }
        assertThat(question(3).discrimination()).as("the pattern makes question 3 work against the strong")
                .isNegative();
    }

    @Test
    void the_easy_the_hard_and_the_misleading_question_are_flagged_and_the_good_ones_are_not() {
        assertThat(question(1).flags()).containsExactly(QuestionFlag.TOO_EASY);
        assertThat(question(2).flags()).containsExactly(QuestionFlag.TOO_HARD);
        assertThat(question(3).flags()).containsExactly(QuestionFlag.MISLEADING);
        assertThat(question(3).attractiveWrongOptions()).containsExactly(AnsweredQuiz.TEMPTING);
        assertThat(question(4).flags()).isEmpty();
        assertThat(question(5).flags()).isEmpty();
        assertThat(question(3).text()).isEqualTo(
                "A customer asks for a copy of their data. How long do we have to answer?");
    }

    @Test
    void a_version_fewer_than_five_people_attempted_shows_no_figures() {
        VersionAnalysis later = version("1.1.0");

        assertThat(result.versions().getFirst()).as("the newest version first").isEqualTo(later);
        assertThat(later.attemptsAnalysed()).isEqualTo(4);
        assertThat(later.suppressed()).isTrue();
        assertThat(later.questions()).isEmpty();
        assertThat(result.minimumGroupSize()).isEqualTo(5);
    }

    @Test
    void the_results_hold_no_names_emails_or_employee_ids() {
        List<String> identities = new ArrayList<>();
        Stream.concat(quiz.people.stream(), quiz.laterPeople.stream()).forEach(email -> {
            identities.add(email);
            identities.add(jdbc.sql("SELECT display_name FROM employee WHERE email = ?").param(email)
                    .query(String.class).single());
            identities.add(jdbc.sql("SELECT employee_number FROM employee WHERE email = ?").param(email)
                    .query(String.class).single());
        });
        String everything = result.toString();

        assertThat(identities).allSatisfy(identity -> assertThat(everything).doesNotContain(identity));
        assertThat(Stream.of(ModuleAnalysis.class, VersionAnalysis.class, QuestionAnalysis.class)
                .flatMap(type -> Arrays.stream(type.getRecordComponents())).map(RecordComponent::getName))
                .noneMatch(name -> name.matches("(?i).*(employee|person|people|name|email|user).*"));
    }

    @Test
    void only_authors_and_hr_may_analyse_and_an_unknown_module_has_no_analysis() {
        try (var employee = signedIn.as(DemoOrganisation.EMPLOYEE)) {
            assertThatThrownBy(() -> analysis.analyse(quiz.moduleId)).isInstanceOf(AccessDeniedException.class);
        }
        try (var hr = signedIn.as(DemoOrganisation.HR)) {
            assertThat(analysis.analyse(quiz.moduleId)).contains(result);
            assertThat(analysis.analyse("no-such-module")).isEmpty();
        }
    }
}

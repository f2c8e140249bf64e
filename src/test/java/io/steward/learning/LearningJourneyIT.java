package io.steward.learning;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.steward.content.AnswerOption;
import io.steward.content.ContentService;
import io.steward.content.ModuleContent;
import io.steward.content.Question;
import io.steward.demo.DemoOrganisation;
import io.steward.directory.Audience;
import io.steward.support.BrowserTest;
import io.steward.support.ClickCounter;
import io.steward.support.SignedIn;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import io.steward.support.TestContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An employee's whole way through a module, in a real browser, found by role and label. */
class LearningJourneyIT extends BrowserTest {

    private static final String MODULE = "customer-data-acceptable-use";

    @Autowired
    private AssignmentService assignments;
    @Autowired
    private ContentService content;
    @Autowired
    private SignedIn signedIn;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private QuizService quizzes;

    private void assign(String employeeNumber) {
        try (var hr = signedIn.as(DemoOrganisation.HR)) {
            assignments.assign(new AssignmentRequest(MODULE,
                    new Audience(Audience.Type.EMPLOYEES, List.of(employeeNumber)), LocalDate.now().plusDays(10),
                    null));
        }
    }

    @Test
    void an_employee_reads_fails_retakes_passes_agrees_and_gets_a_verifiable_certificate() throws IOException {
        assign("E1030");
        signInAs("isabel.garcia@example.com");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Customer Data Acceptable Use"))
                .first()).isVisible(); // on the Next up card and on its own
        assertNoSeriousAccessibilityViolations();
        screenshot("journey-1-my-training");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Start: Customer Data")))
                .first().click();
        ModuleContent module = content.module(MODULE).orElseThrow();
        int lessons = module.lessons().size();
        for (int lesson = 1; lesson <= lessons; lesson++) {
            assertThat(page.getByText("Lesson " + lesson + " of " + lessons).first()).isVisible();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                    .setName(module.lessons().get(lesson - 1).title()))).isVisible();
            if (lesson == 1) {
                assertNoSeriousAccessibilityViolations();
                screenshot("journey-2-lesson");
            } else {
                checkPage();
            }
            if (lesson < lessons) {
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Next lesson")).click();
            }
        }
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Take the quiz")).click();

        answerQuiz(module, false);
        screenshot("journey-3-quiz");
        assertNoSeriousAccessibilityViolations();
        submit();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Not passed yet"))).isVisible();
        assertNoSeriousAccessibilityViolations();
        screenshot("journey-4-failed");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Try again")).click();
        answerQuiz(module, true);
        submit();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Passed"))).isVisible();
        assertThat(page.getByText(module.attestation())).isVisible();
        assertThat(module.attestation()).as("filled from content/organisation.properties")
                .contains("Customer Data Acceptable Use Policy, version 3.1");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Read the document (opens in a new tab)")))
                .hasAttribute("href", "https://intranet.example.com/policies/customer-data");
        screenshot("journey-5-attestation");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("I agree")).click();

        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Download certificate")).click());
        assertThat(download.suggestedFilename()).endsWith(".pdf");
        byte[] pdf = Files.readAllBytes(download.path());
        String code = jdbc.sql("""
                SELECT c.code FROM certificate c JOIN employee e ON e.id = c.employee_id
                WHERE e.email = 'isabel.garcia@example.com' AND c.module_id = ?""").param(MODULE)
                .query(String.class).single();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains(code, "Isabel Garcia", "Customer Data Acceptable Use");
        }
        Files.write(SCREENSHOTS.resolve("journey-certificate.pdf"), pdf);

        Page anonymous = newContext().newPage();
        anonymous.navigate(url("verify/" + code));
        assertThat(anonymous.getByText("Valid", new Page.GetByTextOptions().setExact(true))).isVisible();
        assertThat(anonymous.getByText("I. G.")).isVisible();
        assertThat(anonymous.getByText("Isabel Garcia")).hasCount(0);
        assertNoSeriousAccessibilityViolations(anonymous);
        screenshot(anonymous, "journey-6-verify");
    }

    @Test
    void an_employee_reads_a_policy_to_the_end_agrees_to_it_and_gets_a_certificate() {
        String policy = "clean-desk-" + Long.toString(System.nanoTime(), 36);
        TestContent.writeModule(policy, TestContent.policy(policy, "Clean desk policy"));
        try (var author = signedIn.as(DemoOrganisation.AUTHOR)) {
            content.reload();
        }
        String reader = jdbc.sql("SELECT employee_number FROM employee WHERE email = 'noah.johnson@example.com'")
                .query(String.class).single();
        try (var hr = signedIn.as(DemoOrganisation.HR)) {
            assignments.assign(new AssignmentRequest(policy, new Audience(Audience.Type.EMPLOYEES, List.of(reader)),
                    LocalDate.now().plusDays(10), null));
        }
        signInAs("noah.johnson@example.com");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Start: Clean desk")))
                .first().click();
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Lessons"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Printers")).click();
        assertThat(page.getByText("Read every lesson in order to complete this module. Lesson 2 is the first"))
                .isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("I agree"))).hasCount(0);
        checkPage();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Previous lesson")).click();
        assertThat(page.getByText("Lesson 2 of 3")).isVisible();
        checkPage();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Next lesson")).click();

        assertThat(page.getByText(TestContent.CLEAN_DESK_STATEMENT)).isVisible();
        assertNoSeriousAccessibilityViolations();
        screenshot("journey-7-policy-statement");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("I agree")).click();

        assertThat(page.getByText("Well done: this module is complete.")).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download certificate")))
                .isVisible();
        screenshot("journey-8-policy-done");
        page.getByRole(AriaRole.MAIN).getByText("Well done").locator("..")
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Back to My training")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Clean desk policy"))
                .first()).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName(Pattern.compile("^Start: Clean desk")))).hasCount(0);
    }

    @Test
    void closing_the_page_mid_quiz_and_coming_back_resumes_the_same_attempt_with_its_answers() {
        assign("E1031");
        signInAs("ben.carter@example.com");
        page.navigate(url("learn/" + MODULE + "/quiz"));
        Locator firstQuestion = page.getByRole(AriaRole.RADIOGROUP).first();
        Locator firstOption = firstQuestion.getByRole(AriaRole.RADIO).first();
        firstOption.focus();
        page.keyboard().press("Space");
        assertThat(firstOption).isChecked();
        List<String> order = page.getByRole(AriaRole.RADIOGROUP).allInnerTexts();
        checkPage(); // each answer is saved as it changes, and the checks wait for that

        page.close();
        page = context.newPage();
        page.navigate(url("learn/" + MODULE + "/quiz"));

        assertThat(page.getByRole(AriaRole.RADIOGROUP).first().getByRole(AriaRole.RADIO).first()).isChecked();
        assertThat(page.getByRole(AriaRole.RADIOGROUP).allInnerTexts()).isEqualTo(order);
    }

    @Test
    void a_manager_allows_one_of_their_people_another_attempt() {
        signInAs(DemoOrganisation.MANAGER);
        page.navigate(url("team/extra-attempts"));

        page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Person")).fill("Chloe");
        Locator chloe = options("Person").getByRole(AriaRole.OPTION,
                new Locator.GetByRoleOptions().setName(Pattern.compile("^Chloe Martin")));
        assertThat(chloe).isVisible();
        assertNoSeriousAccessibilityViolations(); // with the list of options open: it has its field's name
        chloe.click();
        page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Module")).fill("Transparency");
        options("Module").getByRole(AriaRole.OPTION).first().click();
        page.getByLabel("Reason").fill("Was on leave during the first attempts");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Allow one more attempt")).click();

        assertThat(page.getByText("One more attempt allowed.")).isVisible();
        assertNoSeriousAccessibilityViolations();
        checkPage();
        assertThat(jdbc.sql("""
                SELECT g.reason FROM attempt_grant g JOIN employee e ON e.id = g.employee_id
                WHERE e.email = 'chloe.martin@example.com'""").query(String.class).list())
                .contains("Was on leave during the first attempts");
    }

    /**
     * From My training to the certificate, led by the Next up card, at a desktop's and a phone's width. The
     * clicks are counted as the browser sees them: one to start, one per further lesson, one to open the quiz,
     * one per option chosen, then submit, agree and download.
     */
    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {1280, 390})
    void an_employee_goes_from_my_training_to_the_certificate_by_the_next_up_card(int width) throws IOException {
        String email = width == 1280 ? "zoe.dubois@example.com" : "nina.larsen@example.com";
        assign(width == 1280 ? "E1045" : "E1047");
        page.setViewportSize(width, width == 1280 ? 800 : 844);
        ClickCounter.install(context);
        signInAs(email);

        Locator nextUp = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Next up"));
        assertThat(nextUp.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions()
                .setName("Customer Data Acceptable Use Policy"))).isVisible();
        assertThat(nextUp).containsText(Pattern.compile("Due in 1[04] days")); // the demo's rule, or this one
        assertThat(nextUp).containsText("About 14 minutes left");
        assertThat(page.getByText(Pattern.compile("^[0-9]+ to do · about [0-9]+ min$"))).isVisible();
        assertNoSeriousAccessibilityViolations();
        screenshot("employee-" + width + "-1-my-training");

        ClickCounter.reset(page);
        nextUp.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                .setName("Start: Customer Data Acceptable Use Policy")).click();
        ModuleContent module = content.module(MODULE).orElseThrow();
        int lessons = module.lessons().size();
        Locator outline = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Lessons"));
        assertThat(outline.getByRole(AriaRole.LISTITEM)).hasCount(lessons + 2); // the quiz and the statement last
        assertThat(outline.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Quiz"))).isVisible();
        assertThat(outline).containsText("Confirm the statement");
        assertThat(page.getByText("Your place is saved")).isVisible();
        for (int lesson = 2; lesson <= lessons; lesson++) {
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Next lesson")).click();
            assertThat(page.getByText("Lesson " + lesson + " of " + lessons).first()).isVisible();
        }
        assertThat(outline.getByRole(AriaRole.LISTITEM).first()).containsText("(done)");
        assertThat(page.getByText("6 questions, pass mark 80%. 3 attempts left of 3.")).isVisible();
        assertNoSeriousAccessibilityViolations();
        screenshot("employee-" + width + "-2-last-lesson");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Take the quiz")).click();

        assertThat(page.getByText("6 questions, pass mark 80%, attempt 1 of 3.")).isVisible();
        assertThat(page.getByText("0 of 6 answered")).isVisible();
        int chosen = answerQuiz(module, true);
        assertThat(page.getByText("6 of 6 answered")).isVisible();
        assertNoSeriousAccessibilityViolations();
        screenshot("employee-" + width + "-3-quiz");
        submit();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Passed"))).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("I agree")).click();
        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Download certificate")).click());
        assertThat(new String(Files.readAllBytes(download.path()), 0, 5)).isEqualTo("%PDF-");
        screenshot("employee-" + width + "-4-done");

        int clicks = ClickCounter.count(page);
        System.out.printf("Employee journey at %d px: %d clicks from My training to the certificate "
                + "(%d lessons, %d options chosen)%n", width, clicks, lessons, chosen);
        assertThat(clicks).isEqualTo(1 + (lessons - 1) + 1 + chosen + 3);
    }

    @Test
    void a_pass_left_unconfirmed_on_the_last_attempt_brings_the_learner_back_to_the_statement() {
        assign("E1048");
        String email = "omar.farouk@example.com";
        try (var learner = signedIn.as(email)) {
            for (int attempt = 1; attempt <= 3; attempt++) {
                AttemptView drawn = quizzes.startOrResume(MODULE);
                boolean right = attempt == 3;
                List<Question> bank = content.questions(drawn.version()).orElseThrow();
                for (DrawnQuestion q : drawn.questions()) {
                    Question question = bank.stream().filter(b -> b.key() == q.key()).findFirst().orElseThrow();
                    quizzes.answer(drawn.attemptId(), q.key(), question.options().stream()
                            .filter(o -> o.correct() == right).map(AnswerOption::key).limit(right ? 9 : 1)
                            .collect(Collectors.toSet()));
                }
                assertThat(quizzes.submit(drawn.attemptId()).passed()).isEqualTo(right);
            }
        } // the learner passed with the last attempt allowed, and left before agreeing

        ClickCounter.install(context);
        signInAs(email);
        Locator nextUp = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Next up"));
        assertThat(nextUp).containsText("1 step left: confirm the statement");
        assertNoSeriousAccessibilityViolations();
        screenshot("employee-step-left");

        page.navigate(url("learn/" + MODULE + "/quiz")); // the quiz itself leads to the statement, not to a new try
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Passed"))).isVisible();
        assertThat(page.getByText("No attempts left")).hasCount(0);
        assertThat(page.getByText(content.module(MODULE).orElseThrow().attestation())).isVisible();
        checkPage();

        page.navigate(url("training"));
        ClickCounter.reset(page);
        page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Next up"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                        .setName("Confirm: Customer Data Acceptable Use Policy")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("I agree")).click();
        page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Download certificate")).click());
        assertThat(ClickCounter.count(page)).as("confirm, agree, download").isEqualTo(3);
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM completion c JOIN employee e ON e.id = c.employee_id
                WHERE e.email = ? AND c.module_id = ?""").params(email, MODULE).query(Integer.class).single())
                .isOne();
    }

    @Test
    void the_menu_says_how_many_modules_are_overdue() {
        signInAs(DemoOrganisation.EMPLOYEE); // the demo makes one of their modules 9 days overdue
        Locator entry = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main menu"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                        .setName(Pattern.compile("^My training [1-9][0-9]* overdue modules?$")));
        assertThat(entry).isVisible();
        assertThat(page.getByText(Pattern.compile("^[0-9]+ overdue · [0-9]+ to do"))).isVisible();
        assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Next up")))
                .containsText(Pattern.compile("Overdue by [0-9]+ days?"));
        assertNoSeriousAccessibilityViolations();
    }

    /**
     * The whole quiz with the keyboard alone: Tab into each question, arrows to the answer in a radio group,
     * Space to tick a box, Enter on Submit and on the dialog that asks about the question left unanswered,
     * then Enter on "I agree".
     */
    @Test
    void the_quiz_can_be_taken_with_the_keyboard_alone() {
        assign("E1052");
        signInAs("julia.costa@example.com");
        page.navigate(url("learn/" + MODULE + "/quiz"));
        ModuleContent module = content.module(MODULE).orElseThrow();
        Locator sections = page.locator(".quiz-question");
        assertThat(sections.first()).isVisible();
        int drawn = sections.count();
        for (int i = 0; i < drawn - 1; i++) { // the last question is left unanswered on purpose
            int section = i;
            String text = page.getByRole(AriaRole.RADIOGROUP).or(page.getByRole(AriaRole.GROUP)).nth(i)
                    .evaluate("group => group.label").toString();
            Question question = module.questions().stream().filter(q -> q.text().equals(text)).findFirst()
                    .orElseThrow(() -> new AssertionError("no question " + text));
            Set<String> right = question.options().stream().filter(AnswerOption::correct).map(AnswerOption::text)
                    .collect(Collectors.toSet());
            tabUntil(focus -> ((Number) focus.get("section")).intValue() == section);
            if (question.multipleChoice()) {
                int boxes = question.options().size();
                for (int box = 0; box < boxes; box++) {
                    if (right.contains(focused().get("label"))) {
                        page.keyboard().press("Space");
                    }
                    if (box < boxes - 1) {
                        page.keyboard().press("Tab");
                    }
                }
            } else {
                for (int step = 0; !right.contains(focused().get("label")); step++) {
                    assertThat(step).as("arrows reach the right answer").isLessThan(question.options().size());
                    page.keyboard().press("ArrowDown");
                }
                page.keyboard().press("Space");
            }
        }
        assertThat(page.getByText((drawn - 1) + " of " + drawn + " answered")).isVisible();
        tabUntil(focus -> "Submit answers".equals(focus.get("label")));
        page.keyboard().press("Enter");
        assertThat(page.getByText("Submit with unanswered questions?")).isVisible();
        checkPage();
        tabUntil(focus -> "Submit anyway".equals(focus.get("label"))); // the dialog puts the focus there itself
        page.keyboard().press("Enter");

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Passed"))).isVisible();
        tabUntil(focus -> "I agree".equals(focus.get("label")));
        page.keyboard().press("Enter");
        assertThat(page.getByText("Well done: this module is complete.")).isVisible();
    }

    /** Presses Tab until the focus is where the test wants it (at most 60 times, the page's few dozen stops). */
    private void tabUntil(java.util.function.Predicate<Map<String, Object>> where) {
        for (int presses = 0; !where.test(focused()); presses++) {
            assertThat(presses).as("Tab reaches it; the focus is on " + focused()).isLessThan(60);
            page.keyboard().press("Tab");
        }
    }

    /** Where the keyboard focus is: the quiz question it is in (-1 outside) and the label of its control. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> focused() {
        waitUntilSettled(page);
        return (Map<String, Object>) page.evaluate("""
                () => {
                  const active = document.activeElement;
                  const sections = Array.from(document.querySelectorAll('.quiz-question'));
                  const section = active ? sections.indexOf(active.closest('.quiz-question')) : -1;
                  const host = active && active.closest('vaadin-radio-button, vaadin-checkbox, vaadin-button');
                  const label = !host ? null : host.localName === 'vaadin-button' ? host.textContent.trim()
                      : (host.querySelector('label') || host).textContent.trim();
                  return { section, label };
                }""");
    }

    /** The open list of options of the combo box with this label. */
    private Locator options(String field) {
        return page.getByRole(AriaRole.LISTBOX, new Page.GetByRoleOptions().setName(field).setExact(true));
    }

    /** Answers every question on the quiz page, all right or all wrong, by question and option text. */
    private int answerQuiz(ModuleContent module, boolean right) {
        assertThat(page.getByRole(AriaRole.RADIOGROUP).first()).isVisible();
        int chosen = 0;
        for (Question q : module.questions()) {
            Locator group = page.getByRole(q.multipleChoice() ? AriaRole.GROUP : AriaRole.RADIOGROUP,
                    new Page.GetByRoleOptions().setName(q.text()));
            if (group.count() == 0) {
                continue; // not drawn for this attempt
            }
            for (var option : q.options()) {
                if (option.correct() == right) {
                    group.getByLabel(option.text(), new Locator.GetByLabelOptions().setExact(true)).check();
                    chosen++;
                    if (!q.multipleChoice()) {
                        break;
                    }
                }
            }
        }
        waitUntilSettled(page); // each answer is saved as it changes
        return chosen;
    }

    private void submit() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit answers")).click();
    }
}

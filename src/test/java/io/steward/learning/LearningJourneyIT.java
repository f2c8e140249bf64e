package io.steward.learning;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.steward.content.ContentService;
import io.steward.content.ModuleContent;
import io.steward.content.Question;
import io.steward.demo.DemoOrganisation;
import io.steward.directory.Audience;
import io.steward.support.Browser;
import io.steward.support.BrowserTest;
import io.steward.support.SignedIn;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import io.steward.support.TestContent;
import org.junit.jupiter.api.Test;
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
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Customer Data Acceptable Use")))
                .isVisible();
        assertNoSeriousAccessibilityViolations();
        screenshot("journey-1-my-training");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Start: Customer Data")))
                .click();
        ModuleContent module = content.module(MODULE).orElseThrow();
        int lessons = module.lessons().size();
        for (int lesson = 1; lesson <= lessons; lesson++) {
            assertThat(page.getByText("Lesson " + lesson + " of " + lessons).first()).isVisible();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                    .setName(module.lessons().get(lesson - 1).title()))).isVisible();
            if (lesson == 1) {
                assertNoSeriousAccessibilityViolations();
                screenshot("journey-2-lesson");
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

        BrowserContext visitor = Browser.shared().newContext();
        try {
            Page anonymous = visitor.newPage();
            anonymous.navigate(url("verify/" + code));
            assertThat(anonymous.getByText("Valid", new Page.GetByTextOptions().setExact(true))).isVisible();
            assertThat(anonymous.getByText("I. G.")).isVisible();
            assertThat(anonymous.getByText("Isabel Garcia")).hasCount(0);
            assertNoSeriousAccessibilityViolations(anonymous);
            anonymous.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("journey-6-verify.png")));
        } finally {
            visitor.close();
        }
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
                .click();
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Lessons"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Printers")).click();
        assertThat(page.getByText("Read every lesson in order to complete this module. Lesson 2 is the first"))
                .isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("I agree"))).hasCount(0);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Previous lesson")).click();
        assertThat(page.getByText("Lesson 2 of 3")).isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Next lesson")).click();

        assertThat(page.getByText(TestContent.CLEAN_DESK_STATEMENT)).isVisible();
        assertNoSeriousAccessibilityViolations();
        screenshot("journey-7-policy-statement");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("I agree")).click();

        assertThat(page.getByText("Well done: this module is complete.")).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download certificate")))
                .isVisible();
        screenshot("journey-8-policy-done");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to My training")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Clean desk policy")))
                .isVisible();
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
        waitUntilSettled(page); // each answer is saved as it changes

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
        assertThat(jdbc.sql("""
                SELECT g.reason FROM attempt_grant g JOIN employee e ON e.id = g.employee_id
                WHERE e.email = 'chloe.martin@example.com'""").query(String.class).list())
                .contains("Was on leave during the first attempts");
    }

    /** The open list of options of the combo box with this label. */
    private Locator options(String field) {
        return page.getByRole(AriaRole.LISTBOX, new Page.GetByRoleOptions().setName(field).setExact(true));
    }

    /** Answers every question on the quiz page, all right or all wrong, by question and option text. */
    private void answerQuiz(ModuleContent module, boolean right) {
        assertThat(page.getByRole(AriaRole.RADIOGROUP).first()).isVisible();
        for (Question q : module.questions()) {
            Locator group = page.getByRole(q.multipleChoice() ? AriaRole.GROUP : AriaRole.RADIOGROUP,
                    new Page.GetByRoleOptions().setName(q.text()));
            if (group.count() == 0) {
                continue; // not drawn for this attempt
            }
            for (var option : q.options()) {
                if (option.correct() == right) {
                    group.getByLabel(option.text(), new Locator.GetByLabelOptions().setExact(true)).check();
                    if (!q.multipleChoice()) {
                        break;
                    }
                }
            }
        }
        waitUntilSettled(page); // each answer is saved as it changes
    }

    private void submit() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit answers")).click();
    }
}

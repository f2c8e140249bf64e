package io.steward.analysis;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.steward.content.ContentService;
import io.steward.demo.DemoOrganisation;
import io.steward.learning.QuizService;
import io.steward.support.BrowserTest;
import io.steward.support.SignedIn;
import io.steward.support.TestContent;
import java.io.IOException;
import java.nio.file.Files;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class QuestionAnalysisIT extends BrowserTest {

    @Autowired
    private QuizService quizzes;
    @Autowired
    private ContentService content;
    @Autowired
    private SignedIn signedIn;
    @Autowired
    private JdbcClient jdbc;

    private Locator text(String text) {
        return page.getByText(text, new Page.GetByTextOptions().setExact(true));
    }

    @Test
    void an_author_opens_an_analysis_from_the_menu_and_the_catalogue_and_reads_the_flags() throws IOException {
        AnsweredQuiz quiz = new AnsweredQuiz(quizzes, content, signedIn, jdbc);
        String title = "Handling customer requests " + quiz.moduleId;
        try {
            signInAs(DemoOrganisation.AUTHOR);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Question analysis").setExact(true))
                    .click();
            assertThat(page.getByText("Choose a module")).isVisible();
            select("Module").click();
            page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(title)).click();

            assertThat(page).hasURL(Pattern.compile(".*/analysis\\?module=" + quiz.moduleId + "$"));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Version 1.0.0")))
                    .isVisible();
            assertThat(page.getByRole(AriaRole.TREEGRID, new Page.GetByRoleOptions()
                    .setName("Questions of version 1.0.0"))).isVisible();
            assertThat(text("20 attempts analysed: the first attempt of each person on this version.")).isVisible();
            assertThat(text("Is a customer's email address personal data?")).isVisible();
            assertThat(text("Too easy")).isVisible();
            assertThat(text("Too hard")).isVisible();
            assertThat(text("Misleading; wrong option \u201cThree days\u201d attracts the best attempts more than the "
                    + "weakest")).isVisible();
            assertThat(text("95%")).isVisible();
            assertThat(text("Fewer than 5 attempts on this version, so no figures are shown.")).isVisible();
            screenshot("question-analysis");
            page.getByText("How to read these figures").click();
            assertThat(page.getByText("Discrimination: the facility among the best 27% of attempts")).isVisible();
            assertNoSeriousAccessibilityViolations();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Content").setExact(true)).click();
            Locator fromCatalogue = page.getByRole(AriaRole.LINK,
                    new Page.GetByRoleOptions().setName("Question analysis of " + title));
            fromCatalogue.scrollIntoViewIfNeeded();
            screenshot("question-analysis-catalogue-link");
            fromCatalogue.click();
            assertThat(text("Too easy")).isVisible();

            select("Module").click();
            page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Transparency").setExact(true)).click();
            assertThat(page).hasURL(Pattern.compile(".*/analysis\\?module=transparency$"));
            assertThat(text("Is a customer's email address personal data?")).hasCount(0);
        } finally {
            Files.deleteIfExists(TestContent.folder().resolve("modules").resolve(quiz.moduleId + ".md"));
            try (var author = signedIn.as(DemoOrganisation.AUTHOR)) {
                content.reload();
            }
        }
    }
}

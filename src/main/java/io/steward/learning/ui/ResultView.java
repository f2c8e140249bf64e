package io.steward.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.steward.base.ui.AttestationStatement;
import io.steward.base.ui.RenderedHtml;
import io.steward.base.ui.StewardView;
import io.steward.directory.DirectoryService;
import io.steward.learning.AttemptResult;
import io.steward.learning.QuizService;
import jakarta.annotation.security.PermitAll;
import java.util.NoSuchElementException;

/** The result of an attempt: score, each question with the explanation, then attestation or a retake. */
@Route("learn/:moduleId/result/:attemptId([0-9]{1,18})")
@PermitAll
class ResultView extends StewardView implements BeforeEnterObserver {

    private final transient QuizService quizzes;
    private final transient DirectoryService directory;
    private String title = "";

    ResultView(QuizService quizzes, DirectoryService directory) {
        super("result.title");
        this.quizzes = quizzes;
        this.directory = directory;
        addClassName("result-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long attemptId = event.getRouteParameters().getLong("attemptId").orElseThrow();
        try {
            show(quizzes.result(attemptId));
        } catch (NoSuchElementException | IllegalStateException e) {
            removeAll();
            title = getTranslation("learn.notFound.heading");
            add(NotAvailable.create(this));
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(AttemptResult result) {
        removeAll();
        title = getTranslation("result.heading", result.moduleTitle());
        Section summary = new Section();
        summary.addClassNames("result-summary", result.passed() ? "passed" : "failed");
        summary.add(new H2(getTranslation(result.passed() ? "result.passed" : "result.failed")),
                new Paragraph(getTranslation("result.score", result.scorePercent(), result.passMark())));
        summary.add(nextStep(result));
        add(summary);
        int number = 1;
        for (AttemptResult.QuestionResult q : result.questions()) {
            add(question(q, number++, result.correctOptionsRevealed()));
        }
    }

    private Component nextStep(AttemptResult result) {
        Div next = new Div();
        next.addClassName("result-next");
        if (result.awaitsAttestation()) {
            AttestationStatement statement = new AttestationStatement(result.attestation(),
                    result.attestationDocument());
            Button agree = new Button(getTranslation("result.agree"), click -> show(
                    quizzes.agreeToAttestation(result.attemptId())));
            agree.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            agree.setDisableOnClick(true);
            next.add(new H3(getTranslation("result.attestation")), statement, agree);
        } else if (result.completionId() != null) {
            next.add(new Completed(result.completionId()));
        } else if (result.attempts().exhausted()) {
            next.add(new Paragraph(NoAttemptsLeft.message(this, directory)));
        } else {
            RouterLink retake = new RouterLink(getTranslation("result.retake"), QuizView.class,
                    new RouteParameters("moduleId", result.moduleId()));
            retake.addClassName("button-link-primary");
            String left = result.attempts().allowed() == null ? getTranslation("result.attemptsUnlimited")
                    : getTranslation("result.attemptsLeft", result.attempts().allowed() - result.attempts().used());
            next.add(new Paragraph(left), retake);
        }
        return next;
    }

    private Component question(AttemptResult.QuestionResult q, int number, boolean revealed) {
        Section section = new Section();
        section.addClassNames("quiz-question", q.right() ? "right" : "wrong");
        Span verdict = new Span(getTranslation(q.right() ? "result.right" : "result.wrong"));
        verdict.addClassName("verdict");
        section.add(new H3(getTranslation("result.questionNumber", number) + " " + q.text()), verdict);
        UnorderedList options = new UnorderedList();
        for (AttemptResult.OptionResult o : q.options()) {
            StringBuilder marks = new StringBuilder();
            if (o.chosen()) {
                marks.append(getTranslation("result.yourAnswer"));
            }
            if (Boolean.TRUE.equals(o.correct())) {
                marks.append(marks.isEmpty() ? "" : ", ").append(getTranslation("result.correctOption"));
            }
            ListItem item = new ListItem(o.text() + (marks.isEmpty() ? "" : " (" + marks + ")"));
            item.addClassNames(o.chosen() ? "chosen" : "not-chosen",
                    Boolean.TRUE.equals(o.correct()) ? "correct" : "plain");
            options.add(item);
        }
        section.add(options);
        if (!revealed && !q.right()) {
            section.add(new Paragraph(getTranslation("result.notRevealed")));
        }
        if (q.explanationHtml() != null && (revealed || q.right())) {
            section.add(new RenderedHtml(q.explanationHtml()));
        }
        return section;
    }
}

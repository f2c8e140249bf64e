package io.steward.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParam;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.steward.base.ui.EmptyState;
import io.steward.base.ui.RenderedHtml;
import io.steward.base.ui.StewardView;
import io.steward.directory.DirectoryService;
import io.steward.learning.Attempts;
import io.steward.learning.AttemptView;
import io.steward.learning.AttemptsExhaustedException;
import io.steward.learning.DrawnQuestion;
import io.steward.learning.QuizService;
import jakarta.annotation.security.PermitAll;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

/**
 * The quiz: every answer is saved the moment it is given, so a reload or a closed tab resumes the same
 * attempt with the same questions in the same order.
 */
@Route("learn/:moduleId/quiz")
@PermitAll
class QuizView extends StewardView implements BeforeEnterObserver {

    private final transient QuizService quizzes;
    private final transient DirectoryService directory;
    private final Span answered = new Span();
    private final Set<Integer> given = new HashSet<>();
    private String moduleId;
    private String title = "";

    QuizView(QuizService quizzes, DirectoryService directory) {
        super("quiz.title");
        this.quizzes = quizzes;
        this.directory = directory;
        addClassName("quiz-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        moduleId = event.getRouteParameters().get("moduleId").orElseThrow();
        try {
            Optional<Long> passed = quizzes.awaitingStatement(moduleId);
            if (passed.isPresent()) {
                event.forwardTo(ResultView.class, new RouteParameters(new RouteParam("moduleId", moduleId),
                        new RouteParam("attemptId", String.valueOf(passed.get()))));
                return;
            }
            show(quizzes.startOrResume(moduleId), quizzes.attempts(moduleId));
        } catch (AttemptsExhaustedException e) {
            title = getTranslation("quiz.exhausted.heading");
            RouterLink back = new RouterLink(getTranslation("result.backToTraining"), MyTrainingView.class);
            back.addClassName("button-link");
            add(new EmptyState(getTranslation("quiz.exhausted.heading"), NoAttemptsLeft.message(this, directory), back));
        } catch (NoSuchElementException | IllegalStateException e) {
            title = getTranslation("learn.notFound.heading");
            add(NotAvailable.create(this));
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(AttemptView attempt, Attempts used) {
        title = getTranslation("quiz.heading", attempt.moduleTitle());
        String attempts = used.allowed() == null ? getTranslation("quiz.attemptOf.unlimited", attempt.attemptNumber())
                : getTranslation("quiz.attemptOf", attempt.attemptNumber(), used.allowed());
        add(new Paragraph(getTranslation("quiz.intro", attempt.questions().size(), attempt.passMark(), attempts)));
        answered.addClassName("quiz-answered");
        answered.getElement().setAttribute("aria-live", "polite");
        given.clear();
        attempt.answers().forEach((question, chosen) -> {
            if (!chosen.isEmpty()) {
                given.add(question);
            }
        });
        int number = 1;
        for (DrawnQuestion question : attempt.questions()) {
            add(question(attempt, question, number++));
        }
        Button submit = new Button(getTranslation("quiz.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> confirmAndSubmit(attempt.attemptId(), submit));
        Div buttons = new Div(answered, submit);
        buttons.addClassName("lesson-buttons");
        add(buttons);
        count(attempt.questions().size());
    }

    /** "3 of 10 answered", beside the submit button, told to a screen reader as it changes. */
    private void count(int questions) {
        answered.setText(getTranslation("quiz.answered", given.size(), questions));
    }

    private Component question(AttemptView attempt, DrawnQuestion q, int number) {
        Set<Integer> saved = attempt.answers().getOrDefault(q.key(), Set.of());
        Section section = new Section();
        section.addClassName("quiz-question");
        H2 heading = new H2(getTranslation("quiz.questionNumber", number, attempt.questions().size()));
        heading.addClassName("question-number");
        section.add(heading);
        Map<Integer, String> text = new HashMap<>();
        q.options().forEach(o -> text.put(o.key(), o.text()));
        if (q.multipleChoice()) {
            CheckboxGroup<Integer> group = new CheckboxGroup<>(q.text());
            group.setHelperText(getTranslation("quiz.selectAll"));
            group.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
            group.setWidthFull();
            group.setItems(q.options().stream().map(DrawnQuestion.Option::key).toList());
            group.setItemLabelGenerator(text::get);
            group.setValue(saved);
            group.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    quizzes.answer(attempt.attemptId(), q.key(), new HashSet<>(e.getValue()));
                    answered(q.key(), !e.getValue().isEmpty(), attempt.questions().size());
                }
            });
            section.add(detail(q), group);
        } else {
            RadioButtonGroup<Integer> group = new RadioButtonGroup<>(q.text());
            group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
            group.setWidthFull();
            group.setItems(q.options().stream().map(DrawnQuestion.Option::key).toList());
            group.setItemLabelGenerator(text::get);
            saved.stream().findFirst().ifPresent(group::setValue);
            group.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null) {
                    quizzes.answer(attempt.attemptId(), q.key(), Set.of(e.getValue()));
                    answered(q.key(), true, attempt.questions().size());
                }
            });
            section.add(detail(q), group);
        }
        return section;
    }

    private void answered(int questionKey, boolean hasAnswer, int questions) {
        if (hasAnswer) {
            given.add(questionKey);
        } else {
            given.remove(questionKey);
        }
        count(questions);
    }

    private Component detail(DrawnQuestion q) {
        return q.detailHtml() == null || q.detailHtml().isBlank() ? new Div() : new RenderedHtml(q.detailHtml());
    }

    private void confirmAndSubmit(long attemptId, Button submit) {
        long unanswered = quizzes.attempt(attemptId).unanswered();
        if (unanswered == 0) {
            submit(attemptId);
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("quiz.confirm.heading"));
        confirm.setText(getTranslation("quiz.confirm.text", unanswered));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("quiz.confirm.cancel"));
        confirm.setConfirmText(getTranslation("quiz.confirm.submit"));
        confirm.addConfirmListener(e -> submit(attemptId));
        confirm.addCancelListener(e -> submit.focus());
        confirm.open();
    }

    private void submit(long attemptId) {
        quizzes.submit(attemptId);
        getUI().ifPresent(ui -> ui.navigate(ResultView.class, new RouteParameters(new RouteParam("moduleId", moduleId),
                new RouteParam("attemptId", String.valueOf(attemptId)))));
    }
}

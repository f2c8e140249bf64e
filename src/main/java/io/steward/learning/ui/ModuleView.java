package io.steward.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParam;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.steward.base.ui.AttestationStatement;
import io.steward.base.ui.RenderedHtml;
import io.steward.base.ui.StewardView;
import io.steward.content.Lesson;
import io.steward.content.ModuleContent;
import io.steward.learning.Attempts;
import io.steward.learning.LearningService;
import io.steward.learning.ModuleProgress;
import io.steward.learning.QuizService;
import jakarta.annotation.security.PermitAll;
import java.util.NoSuchElementException;

/**
 * One lesson a page, with an outline to jump around that ends with the quiz and the statement and ticks what
 * is done; the place reached is saved for next time.
 */
@Route("learn/:moduleId/:lesson?([0-9]{1,3})")
@PermitAll
class ModuleView extends StewardView implements BeforeEnterObserver {

    private final transient LearningService learning;
    private final transient QuizService quizzes;
    private String title = "";

    ModuleView(LearningService learning, QuizService quizzes) {
        super("learn.title");
        this.learning = learning;
        this.quizzes = quizzes;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        removeClassName("module-view");
        String moduleId = event.getRouteParameters().get("moduleId").orElseThrow();
        ModuleProgress progress;
        try {
            progress = learning.open(moduleId);
        } catch (NoSuchElementException e) {
            title = getTranslation("learn.notFound.heading");
            add(NotAvailable.create(this));
            return;
        }
        int count = progress.lessonCount();
        int lesson = event.getRouteParameters().getInteger("lesson").orElse(progress.currentLesson());
        lesson = Math.max(1, Math.min(lesson, count));
        progress = learning.reachLesson(moduleId, lesson);
        title = progress.module().title();
        addClassName("module-view");
        add(lessonList(progress, lesson), lessonPage(progress, lesson));
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    /**
     * The module's outline: every lesson, then the quiz and the statement where the module has them, each
     * ticked once done (a lesson once the person has gone past it, or the module is done).
     */
    private Nav lessonList(ModuleProgress progress, int current) {
        OrderedList list = new OrderedList();
        boolean lessonsDone = progress.quizPassed() || progress.completed();
        for (Lesson lesson : progress.module().lessons()) {
            RouterLink link = new RouterLink(lesson.title(), ModuleView.class, params(progress, lesson.number()));
            if (lesson.number() == current) {
                link.getElement().setAttribute("aria-current", "page");
            }
            list.add(step(link, lessonsDone || lesson.number() < progress.furthestLesson()));
        }
        String moduleId = progress.module().ref().moduleId();
        if (progress.module().hasQuiz()) {
            Component quiz = progress.quizPassed() ? new Span(getTranslation("learn.outline.quiz"))
                    : new RouterLink(getTranslation("learn.outline.quiz"), QuizView.class,
                            new RouteParameters("moduleId", moduleId));
            list.add(step(quiz, progress.quizPassed()));
        }
        if (progress.module().attestation() != null) {
            Component statement = progress.statementAttemptId() == null
                    ? new Span(getTranslation("learn.outline.statement"))
                    : new RouterLink(getTranslation("learn.outline.statement"), ResultView.class, new RouteParameters(
                            new RouteParam("moduleId", moduleId),
                            new RouteParam("attemptId", String.valueOf(progress.statementAttemptId()))));
            list.add(step(statement, progress.completed()));
        }
        RouterLink back = new RouterLink(getTranslation("result.backToTraining"), MyTrainingView.class);
        back.addClassName("lesson-back");
        Paragraph saved = new Paragraph(getTranslation("learn.placeSaved"));
        saved.addClassName("lesson-saved");
        Nav nav = new Nav(new H2(getTranslation("learn.outline")), list, saved, back);
        nav.addClassName("lesson-list");
        nav.getElement().setAttribute("aria-label", getTranslation("learn.lessons"));
        return nav;
    }

    /** One step of the outline; a done step has a tick, and says so in words to a screen reader. */
    private ListItem step(Component content, boolean done) {
        ListItem item = new ListItem(content);
        if (done) {
            item.addClassName("done");
            Span tick = new Span(getTranslation("learn.outline.done"));
            tick.addClassName("step-done");
            item.add(tick);
        }
        return item;
    }

    private Section lessonPage(ModuleProgress progress, int number) {
        int count = progress.lessonCount();
        Lesson lesson = progress.module().lessons().get(number - 1);
        Paragraph position = new Paragraph(getTranslation("learn.position", number, count));
        position.addClassName("lesson-position");
        ProgressBar bar = new ProgressBar(0, count, number);
        bar.getElement().setAttribute("aria-label", getTranslation("learn.position", number, count));
        Section page = new Section(position, bar);
        page.addClassName("lesson-page");
        if (number == 1 && progress.module().introHtml() != null && !progress.module().introHtml().isBlank()) {
            page.add(new RenderedHtml(progress.module().introHtml()));
        }
        page.add(new H2(lesson.title()), new RenderedHtml(lesson.html()));
        Div buttons = new Div();
        buttons.addClassName("lesson-buttons");
        if (number > 1) {
            buttons.add(button(getTranslation("learn.previous"), new RouterLink("", ModuleView.class,
                    params(progress, number - 1)), false));
        }
        if (number < count) {
            buttons.add(button(getTranslation("learn.next"), new RouterLink("", ModuleView.class,
                    params(progress, number + 1)), true));
        } else if (progress.module().hasQuiz()) {
            String moduleId = progress.module().ref().moduleId();
            if (progress.statementAttemptId() != null) {
                buttons.add(button(getTranslation("training.confirm"), new RouterLink("", ResultView.class,
                        new RouteParameters(new RouteParam("moduleId", moduleId),
                                new RouteParam("attemptId", String.valueOf(progress.statementAttemptId())))), true));
            } else if (!progress.completed()) {
                page.add(quizFacts(progress.module(), quizzes.attempts(moduleId)));
                buttons.add(button(getTranslation("learn.takeQuiz"), new RouterLink("", QuizView.class,
                        new RouteParameters("moduleId", moduleId)), true));
            }
        }
        page.add(buttons);
        if (number == count && !progress.module().hasQuiz() && progress.module().attestation() != null) {
            page.add(attestation(progress));
        }
        return page;
    }

    /**
     * The end of a module without a quiz: its statement to agree to once every lesson is read, which completes
     * the module; what is still unread; or that it is done.
     */
    private Section attestation(ModuleProgress progress) {
        Section section = new Section(new H3(getTranslation("learn.attestation")));
        section.addClassName("result-next");
        if (progress.attestable()) {
            AttestationStatement statement = new AttestationStatement(progress.module().attestation(),
                    progress.module().attestationDocument());
            Button agree = new Button(getTranslation("result.agree"), click -> {
                long completion = learning.attest(progress.module().ref().moduleId());
                section.removeAll();
                section.add(new Completed(completion));
            });
            agree.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            agree.setDisableOnClick(true);
            section.add(statement, agree);
        } else if (progress.furthestLesson() < progress.lessonCount()) {
            section.add(new Paragraph(getTranslation("learn.readFirst", progress.furthestLesson() + 1)));
        } else {
            section.add(new Paragraph(getTranslation("learn.attested")),
                    new RouterLink(getTranslation("result.backToTraining"), MyTrainingView.class));
        }
        return section;
    }


    /** Before the quiz: how many questions, the pass mark and the attempts left. */
    private Paragraph quizFacts(ModuleContent module, Attempts attempts) {
        int questions = module.questionsPerAttempt() == null ? module.questions().size() : module.questionsPerAttempt();
        String left = attempts.allowed() == null ? getTranslation("learn.quizFacts.unlimited")
                : getTranslation("learn.quizFacts.attemptsLeft", attempts.allowed() - attempts.used(), attempts.allowed());
        Paragraph facts = new Paragraph(getTranslation("learn.quizFacts", questions,
                module.passMark() == null ? 100 : module.passMark(), left));
        facts.addClassName("quiz-facts");
        return facts;
    }

    private static RouterLink button(String text, RouterLink link, boolean primary) {
        link.setText(text);
        link.addClassName(primary ? "button-link-primary" : "button-link");
        return link;
    }

    private static RouteParameters params(ModuleProgress progress, int lesson) {
        return new RouteParameters(new RouteParam("moduleId", progress.module().ref().moduleId()),
                new RouteParam("lesson", String.valueOf(lesson)));
    }
}

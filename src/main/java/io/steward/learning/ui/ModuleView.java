package io.steward.learning.ui;

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
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParam;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.steward.base.ui.AttestationStatement;
import io.steward.base.ui.EmptyState;
import io.steward.base.ui.RenderedHtml;
import io.steward.base.ui.StewardView;
import io.steward.content.Lesson;
import io.steward.learning.LearningService;
import io.steward.learning.ModuleProgress;
import jakarta.annotation.security.PermitAll;
import java.util.NoSuchElementException;

/** One lesson a page, with a lesson list to jump around; the place reached is saved for next time. */
@Route("learn/:moduleId/:lesson?([0-9]{1,3})")
@PermitAll
class ModuleView extends StewardView implements BeforeEnterObserver {

    private final transient LearningService learning;
    private String title = "";

    ModuleView(LearningService learning) {
        super("learn.title");
        this.learning = learning;
        addClassName("module-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String moduleId = event.getRouteParameters().get("moduleId").orElseThrow();
        ModuleProgress progress;
        try {
            progress = learning.open(moduleId);
        } catch (NoSuchElementException e) {
            add(new EmptyState(getTranslation("learn.notFound.heading"), getTranslation("learn.notFound.text")));
            return;
        }
        int count = progress.lessonCount();
        int lesson = event.getRouteParameters().getInteger("lesson").orElse(progress.currentLesson());
        lesson = Math.max(1, Math.min(lesson, count));
        progress = learning.reachLesson(moduleId, lesson);
        title = progress.module().title();
        add(lessonList(progress, lesson), lessonPage(progress, lesson));
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private Nav lessonList(ModuleProgress progress, int current) {
        OrderedList list = new OrderedList();
        for (Lesson lesson : progress.module().lessons()) {
            RouterLink link = new RouterLink(lesson.title(), ModuleView.class, params(progress, lesson.number()));
            if (lesson.number() == current) {
                link.getElement().setAttribute("aria-current", "page");
            }
            list.add(new ListItem(link));
        }
        Nav nav = new Nav(list);
        nav.addClassName("lesson-list");
        nav.getElement().setAttribute("aria-label", getTranslation("learn.lessons"));
        return nav;
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
            buttons.add(button(getTranslation("learn.takeQuiz"), new RouterLink("", QuizView.class,
                    new RouteParameters("moduleId", progress.module().ref().moduleId())), true));
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

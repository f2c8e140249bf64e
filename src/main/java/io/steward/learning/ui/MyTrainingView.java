package io.steward.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParam;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.steward.base.ui.EmptyState;
import io.steward.base.ui.StewardView;
import io.steward.content.ModuleSummary;
import io.steward.learning.AssignmentState;
import io.steward.learning.CycleReason;
import io.steward.learning.LearningService;
import io.steward.learning.MyAssignment;
import io.steward.learning.VoluntaryModule;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What is assigned to me, the one next action first: a "Next up" card with the most urgent module (overdue
 * first, then the soonest due) and its one button, a line that sums up what is left, then every assignment,
 * then the modules I may take of my own accord.
 */
@Route("training")
@Menu(title = "nav.myTraining", order = 1, icon = "vaadin:academy-cap")
@PermitAll
class MyTrainingView extends StewardView {

    private final DateTimeFormatter dates;

    MyTrainingView(LearningService learning) {
        super("nav.myTraining");
        dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        List<MyAssignment> assigned = learning.myTraining();
        List<MyAssignment> open = assigned.stream().filter(a -> a.state().isOpen()).toList();
        if (assigned.isEmpty()) {
            add(new EmptyState(getTranslation("training.empty.heading"), getTranslation("training.empty.text")));
        } else {
            if (!open.isEmpty()) {
                add(nextUp(open.getFirst()), summary(open));
            } else {
                Paragraph allDone = new Paragraph(getTranslation("training.allDone"));
                allDone.addClassName("training-summary");
                add(allDone);
            }
            Div list = new Div();
            list.addClassName("card-list");
            assigned.forEach(a -> list.add(card(a)));
            add(new H2(getTranslation("training.assigned")), list);
        }
        List<VoluntaryModule> others = learning.otherModules();
        if (!others.isEmpty()) {
            Div list = new Div();
            list.addClassName("card-list");
            others.forEach(m -> list.add(voluntaryCard(m)));
            add(new H2(getTranslation("training.more")), new Paragraph(getTranslation("training.more.text")), list);
        }
    }

    /** The most urgent open module, with when it is due, what is left of it and its one button. */
    private Component nextUp(MyAssignment a) {
        Section next = new Section();
        next.addClassNames("next-up", "state-" + stateClass(a));
        next.getElement().setAttribute("aria-labelledby", "next-up-heading");
        Span label = new Span(getTranslation("training.nextUp"));
        label.addClassName("next-up-label");
        label.setId("next-up-heading");
        H2 title = new H2(a.title());
        Div facts = new Div(new Span(due(a)));
        facts.addClassName("module-facts");
        if (a.statementAttemptId() != null) {
            facts.add(new Span(getTranslation("training.stepLeft")));
        } else if (a.minutesLeft() != null) {
            facts.add(new Span(getTranslation("training.minutesLeft", a.minutesLeft())));
        }
        Div actions = new Div(primary(a));
        actions.addClassName("module-actions");
        next.add(label, title, facts, actions);
        return next;
    }

    /** "1 overdue · 3 to do · about 75 min": what is left, at a glance. */
    private Component summary(List<MyAssignment> open) {
        long overdue = open.stream().filter(MyAssignment::overdue).count();
        int minutes = open.stream().map(MyAssignment::minutesLeft).filter(Objects::nonNull).mapToInt(m -> m).sum();
        List<String> parts = new ArrayList<>();
        if (overdue > 0) {
            parts.add(getTranslation("training.summary.overdue", overdue));
        }
        parts.add(getTranslation("training.summary.toDo", open.size()));
        if (minutes > 0) {
            parts.add(getTranslation("training.summary.minutes", minutes));
        }
        Paragraph summary = new Paragraph(String.join(" · ", parts));
        summary.addClassName("training-summary");
        return summary;
    }

    private Component card(MyAssignment a) {
        Div card = new Div();
        card.addClassNames("module-card", "state-" + stateClass(a));
        H3 title = new H3(a.title());
        Span badge = new Span(getTranslation("training.state." + stateClass(a)));
        badge.addClassName("state-badge");
        Div header = new Div(title, badge);
        header.addClassName("module-card-header");
        card.add(header);
        if (a.summary() != null) {
            card.add(new Paragraph(a.summary()));
        }
        Div facts = new Div();
        facts.addClassName("module-facts");
        if (a.state() == AssignmentState.COMPLETED) {
            facts.add(new Span(getTranslation("training.completedOn", date(a.completedAt()))));
            facts.add(new Span(a.expiresAt() == null ? getTranslation("training.noExpiry")
                    : getTranslation("training.expiresOn", date(a.expiresAt()))));
        } else if (a.state().isOpen()) {
            facts.add(new Span(due(a)));
            if (a.statementAttemptId() != null) {
                facts.add(new Span(getTranslation("training.stepLeft")));
            } else if (a.minutesLeft() != null) {
                facts.add(new Span(getTranslation("training.minutesLeft", a.minutesLeft())));
            }
            if (a.reason() == CycleReason.RECERTIFICATION || a.reason() == CycleReason.MATERIAL_CHANGE
                    || a.reason() == CycleReason.RULE_CHANGED) {
                facts.add(new Span(getTranslation("training.reason." + a.reason().name().toLowerCase(Locale.ROOT))));
            }
        } else if (a.estimatedMinutes() != null) {
            facts.add(new Span(getTranslation("training.minutes", a.estimatedMinutes())));
        }
        card.add(facts);
        if (a.state().isOpen()) {
            ProgressBar bar = new ProgressBar(0, 100, a.progressPercent());
            bar.getElement().setAttribute("aria-label", getTranslation("training.progress", a.title(), a.progressPercent()));
            card.add(bar);
        }
        Div actions = new Div();
        actions.addClassName("module-actions");
        if (a.state().isOpen()) {
            actions.add(primary(a));
        }
        if (a.completionId() != null) {
            actions.add(certificate(a.completionId(), a.title()),
                    link(getTranslation("training.review"), a.moduleId(), a.title(), false));
        }
        card.add(actions);
        return card;
    }

    /** The one thing to do next on an open module: confirm its statement, continue, or start. */
    private Component primary(MyAssignment a) {
        if (a.statementAttemptId() != null) {
            return confirm(a.moduleId(), a.statementAttemptId(), a.title());
        }
        return link(getTranslation(a.progressPercent() > 0 ? "training.continue" : "training.start"), a.moduleId(),
                a.title(), true);
    }

    private Component voluntaryCard(VoluntaryModule v) {
        ModuleSummary m = v.module();
        Div card = new Div();
        card.addClassName("module-card");
        H3 title = new H3(m.title());
        if (v.completed()) {
            card.addClassName("state-completed");
            Span badge = new Span(getTranslation("training.state.completed"));
            badge.addClassName("state-badge");
            Div header = new Div(title, badge);
            header.addClassName("module-card-header");
            card.add(header);
        } else {
            card.add(title);
        }
        if (m.summary() != null) {
            card.add(new Paragraph(m.summary()));
        }
        Div facts = new Div();
        facts.addClassName("module-facts");
        if (v.completed()) {
            facts.add(new Span(getTranslation("training.completedOn", date(v.completedAt()))),
                    new Span(v.expiresAt() == null ? getTranslation("training.noExpiry")
                            : getTranslation("training.expiresOn", date(v.expiresAt()))));
        } else if (v.statementAttemptId() != null) {
            facts.add(new Span(getTranslation("training.stepLeft")));
        } else if (m.estimatedMinutes() != null) {
            facts.add(new Span(getTranslation("training.minutes", m.estimatedMinutes())));
        }
        card.add(facts);
        Div actions = new Div();
        actions.addClassName("module-actions");
        if (v.statementAttemptId() != null) {
            actions.add(confirm(m.id(), v.statementAttemptId(), m.title()));
        } else if (v.completed()) {
            actions.add(certificate(v.completionId(), m.title()),
                    link(getTranslation("training.review"), m.id(), m.title(), false));
        } else {
            actions.add(link(getTranslation("training.start"), m.id(), m.title(), false));
        }
        card.add(actions);
        return card;
    }

    /** "Overdue by 9 days (2 Nov 2026)", "Due today", "Due in 14 days (25 Dec 2026)". */
    private String due(MyAssignment a) {
        String date = dates.format(a.dueDate());
        if (a.daysToDue() < 0) {
            return getTranslation("training.overdueBy", -a.daysToDue(), date);
        }
        return getTranslation("training.dueIn", a.daysToDue(), date);
    }

    private RouterLink link(String text, String moduleId, String title, boolean primary) {
        RouterLink link = new RouterLink(text, ModuleView.class, new RouteParameters("moduleId", moduleId));
        link.getElement().setAttribute("aria-label", text + ": " + title);
        link.addClassName(primary ? "button-link-primary" : "button-link");
        return link;
    }

    /** To the result of the passed attempt, where the statement waits to be agreed to. */
    private RouterLink confirm(String moduleId, long attemptId, String title) {
        String text = getTranslation("training.confirm");
        RouterLink link = new RouterLink(text, ResultView.class, new RouteParameters(
                new RouteParam("moduleId", moduleId), new RouteParam("attemptId", String.valueOf(attemptId))));
        link.getElement().setAttribute("aria-label", text + ": " + title);
        link.addClassName("button-link-primary");
        return link;
    }

    private Anchor certificate(long completionId, String title) {
        Anchor certificate = new Anchor("certificates/" + completionId + ".pdf", getTranslation("training.certificate"));
        certificate.getElement().setAttribute("download", true);
        certificate.setRouterIgnore(true);
        certificate.getElement().setAttribute("aria-label", getTranslation("training.certificate.label", title));
        certificate.addClassName("button-link");
        return certificate;
    }

    private static String stateClass(MyAssignment a) {
        if (a.statementAttemptId() != null) {
            return "stepLeft";
        } else if (a.overdue()) {
            return "overdue";
        } else if (a.dueSoon()) {
            return "dueSoon";
        }
        return switch (a.state()) {
            case ASSIGNED -> "assigned";
            case IN_PROGRESS -> "inProgress";
            case COMPLETED -> "completed";
            case EXEMPTED -> "exempted";
            case NO_LONGER_REQUIRED -> "noLongerRequired";
        };
    }

    private String date(Instant instant) {
        return dates.format(instant.atZone(ZoneOffset.UTC));
    }
}

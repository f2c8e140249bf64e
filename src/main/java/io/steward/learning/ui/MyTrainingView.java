package io.steward.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.RouteParameters;
import io.steward.base.ui.EmptyState;
import io.steward.base.ui.StewardView;
import io.steward.content.ModuleSummary;
import io.steward.learning.AssignmentState;
import io.steward.learning.CycleReason;
import io.steward.learning.LearningService;
import io.steward.learning.MyAssignment;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

@Route("training")
@Menu(title = "nav.myTraining", order = 1, icon = "vaadin:academy-cap")
@PermitAll
class MyTrainingView extends StewardView {

    private final DateTimeFormatter dates;

    MyTrainingView(LearningService learning) {
        super("nav.myTraining");
        dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        List<MyAssignment> assigned = learning.myTraining();
        if (assigned.isEmpty()) {
            add(new EmptyState(getTranslation("training.empty.heading"), getTranslation("training.empty.text")));
        } else {
            Div list = new Div();
            list.addClassName("card-list");
            assigned.forEach(a -> list.add(card(a)));
            add(new H2(getTranslation("training.assigned")), list);
        }
        List<ModuleSummary> others = learning.otherModules();
        if (!others.isEmpty()) {
            Div list = new Div();
            list.addClassName("card-list");
            others.forEach(m -> list.add(voluntaryCard(m)));
            add(new H2(getTranslation("training.more")), new Paragraph(getTranslation("training.more.text")), list);
        }
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
        if (a.estimatedMinutes() != null) {
            facts.add(new Span(getTranslation("training.minutes", a.estimatedMinutes())));
        }
        if (a.state() == AssignmentState.COMPLETED) {
            facts.add(new Span(getTranslation("training.completedOn", date(a.completedAt()))));
            facts.add(new Span(a.expiresAt() == null ? getTranslation("training.noExpiry")
                    : getTranslation("training.expiresOn", date(a.expiresAt()))));
        } else if (a.state().isOpen()) {
            facts.add(new Span(getTranslation("training.due", dates.format(a.dueDate()))));
            if (a.reason() == CycleReason.RECERTIFICATION || a.reason() == CycleReason.MATERIAL_CHANGE
                    || a.reason() == CycleReason.RULE_CHANGED) {
                facts.add(new Span(getTranslation("training.reason." + a.reason().name().toLowerCase(Locale.ROOT))));
            }
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
            actions.add(link(getTranslation(a.progressPercent() > 0 ? "training.continue" : "training.start"),
                    a.moduleId(), a.title()));
        }
        if (a.completionId() != null) {
            Anchor certificate = new Anchor("certificates/" + a.completionId() + ".pdf",
                    getTranslation("training.certificate"));
            certificate.getElement().setAttribute("download", true);
            certificate.setRouterIgnore(true);
            certificate.getElement().setAttribute("aria-label", getTranslation("training.certificate.label", a.title()));
            certificate.addClassName("button-link");
            actions.add(certificate, link(getTranslation("training.review"), a.moduleId(), a.title()));
        }
        card.add(actions);
        return card;
    }

    private Component voluntaryCard(ModuleSummary m) {
        Div card = new Div();
        card.addClassName("module-card");
        card.add(new H3(m.title()));
        if (m.summary() != null) {
            card.add(new Paragraph(m.summary()));
        }
        if (m.estimatedMinutes() != null) {
            Div facts = new Div(new Span(getTranslation("training.minutes", m.estimatedMinutes())));
            facts.addClassName("module-facts");
            card.add(facts);
        }
        Div actions = new Div(link(getTranslation("training.start"), m.id(), m.title()));
        actions.addClassName("module-actions");
        card.add(actions);
        return card;
    }

    private RouterLink link(String text, String moduleId, String title) {
        RouterLink link = new RouterLink(text, ModuleView.class, new RouteParameters("moduleId", moduleId));
        link.getElement().setAttribute("aria-label", text + ": " + title);
        link.addClassName("button-link");
        return link;
    }

    private static String stateClass(MyAssignment a) {
        if (a.overdue()) {
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

package io.steward.reporting.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import io.steward.reporting.PersonHistory;
import io.steward.reporting.PersonHistory.AssignmentLine;
import io.steward.reporting.PersonHistory.AttemptLine;
import io.steward.reporting.PersonHistory.CertificateLine;
import io.steward.reporting.PersonHistory.CompletionLine;
import io.steward.reporting.PersonHistory.CycleLine;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/**
 * One person's training, as their manager and HR see it: who they are, where each module stands, the timeline
 * of every cycle, their attempts, completions and certificates. {@code actions} (a reminder button, say) go
 * under the person's name.
 */
final class PersonHistoryPanel extends Div {

    private final DateTimeFormatter dates;
    private final LocalDate today;

    PersonHistoryPanel(PersonHistory person, LocalDate today, Div actions) {
        this.today = today;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        Div facts = new Div(new Span(person.email()), new Span(person.department() == null ? "" : person.department()),
                new Span(getTranslation("person.reportsTo", person.manager())));
        facts.addClassName("module-facts");
        add(new H2(person.displayName()), facts, actions);
        section("person.assignments", person.assignments(), assignments());
        section("person.timeline", person.timeline(), timeline());
        section("person.attempts", person.attempts(), attempts());
        section("person.completions", person.completions(), completions());
        section("person.certificates", person.certificates(), certificates());
    }

    private <T> void section(String headingKey, List<T> rows, Grid<T> grid) {
        add(new H2(getTranslation(headingKey)));
        if (rows.isEmpty()) {
            add(new Paragraph(getTranslation("person.none")));
            return;
        }
        grid.setItems(rows);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        // Wide enough for a word of a module's title: on a phone the grid scrolls sideways instead of cutting
        // each word of a wrapped title short ("Custo… Data Accep…").
        grid.getColumns().getFirst().setAutoWidth(false).setWidth("12rem").setFlexGrow(2);
        grid.setAriaLabel(getTranslation(headingKey));
        grid.setAllRowsVisible(true);
        add(grid);
    }

    private Grid<AssignmentLine> assignments() {
        Grid<AssignmentLine> grid = new Grid<>(AssignmentLine.class, false);
        grid.addColumn(AssignmentLine::title).setHeader(getTranslation("person.column.module")).setAutoWidth(true);
        grid.addColumn(a -> getTranslation(a.overdue() ? "report.state.overdue"
                : "report.state." + a.state().toLowerCase(Locale.ROOT))).setHeader(getTranslation("person.column.state"))
                .setAutoWidth(true);
        grid.addColumn(a -> date(a.dueDate())).setHeader(getTranslation("person.column.due"))
                .setAutoWidth(true);
        grid.addColumn(a -> date(a.completedAt())).setHeader(getTranslation("person.column.completed"))
                .setAutoWidth(true);
        grid.addColumn(AssignmentLine::exemptReason).setHeader(getTranslation("person.column.reason"));
        return grid;
    }

    private Grid<CycleLine> timeline() {
        Grid<CycleLine> grid = new Grid<>(CycleLine.class, false);
        grid.addColumn(CycleLine::title).setHeader(getTranslation("person.column.module")).setAutoWidth(true);
        // Wrapped rather than as wide as its longest line, which pushed the last column out of sight.
        grid.addColumn(this::why).setHeader(getTranslation("person.column.why")).setWidth("14rem").setFlexGrow(3);
        grid.addColumn(c -> date(c.openedAt())).setHeader(getTranslation("person.column.opened")).setAutoWidth(true);
        grid.addColumn(c -> c.dueDate() == null ? getTranslation("person.cycle.unknown") : date(c.dueDate()))
                .setHeader(getTranslation("person.column.due")).setAutoWidth(true);
        grid.addColumn(this::ending).setHeader(getTranslation("person.column.ended"));
        return grid;
    }

    /** Why the cycle opened, and, under a rule, whom the rule covers: why the person has the module. */
    private String why(CycleLine cycle) {
        String why = getTranslation("person.cycle.reason." + cycle.reason().toLowerCase(Locale.ROOT));
        if (cycle.ruleId() == null) {
            return why;
        }
        String audience = getTranslation("assign.audience." + cycle.audienceType().toLowerCase(Locale.ROOT))
                + (cycle.audienceValues().isEmpty() ? "" : ": " + String.join(", ", cycle.audienceValues()));
        return why + " " + getTranslation("person.cycle.rule", cycle.ruleId(), audience);
    }

    /** How the cycle ended, when, and with what; or that it is still open (and overdue). */
    private String ending(CycleLine cycle) {
        if (cycle.outcome() == null) {
            return getTranslation(cycle.overdue(today) ? "report.state.overdue" : "person.cycle.open");
        }
        String ended = getTranslation("person.cycle.outcome." + cycle.outcome().toLowerCase(Locale.ROOT),
                date(cycle.endedAt()));
        if (cycle.completedVersion() != null) {
            ended += " " + getTranslation("person.cycle.version", cycle.completedVersion());
        }
        if (cycle.exemptReason() != null) {
            ended += ": " + cycle.exemptReason();
        }
        return cycle.reconstructed() ? ended + " " + getTranslation("person.cycle.reconstructed") : ended;
    }

    private Grid<AttemptLine> attempts() {
        Grid<AttemptLine> grid = new Grid<>(AttemptLine.class, false);
        grid.addColumn(AttemptLine::title).setHeader(getTranslation("person.column.module")).setAutoWidth(true);
        grid.addColumn(AttemptLine::version).setHeader(getTranslation("person.column.version"));
        grid.addColumn(AttemptLine::attemptNumber).setHeader(getTranslation("person.column.attempt"));
        grid.addColumn(a -> a.scorePercent() == null ? getTranslation("person.attempt.open")
                : getTranslation(Boolean.TRUE.equals(a.passed()) ? "person.attempt.passed" : "person.attempt.failed",
                        a.scorePercent())).setHeader(getTranslation("person.column.score"));
        grid.addColumn(a -> date(a.startedAt())).setHeader(getTranslation("person.column.started"));
        return grid;
    }

    private Grid<CompletionLine> completions() {
        Grid<CompletionLine> grid = new Grid<>(CompletionLine.class, false);
        grid.addColumn(CompletionLine::title).setHeader(getTranslation("person.column.module")).setAutoWidth(true);
        grid.addColumn(CompletionLine::version).setHeader(getTranslation("person.column.version"));
        grid.addColumn(c -> c.scorePercent() == null ? getTranslation("person.completion.attested")
                : getTranslation("report.percent", c.scorePercent()))
                .setHeader(getTranslation("person.column.score"));
        grid.addColumn(c -> date(c.completedAt())).setHeader(getTranslation("person.column.completed"));
        grid.addColumn(c -> date(c.expiresAt())).setHeader(getTranslation("person.column.expires"));
        return grid;
    }

    private Grid<CertificateLine> certificates() {
        Grid<CertificateLine> grid = new Grid<>(CertificateLine.class, false);
        grid.addColumn(CertificateLine::code).setHeader(getTranslation("person.column.code")).setAutoWidth(true);
        grid.addColumn(CertificateLine::title).setHeader(getTranslation("person.column.module")).setAutoWidth(true);
        grid.addColumn(c -> date(c.issuedAt())).setHeader(getTranslation("person.column.issued"));
        grid.addColumn(c -> date(c.expiresAt())).setHeader(getTranslation("person.column.expires"));
        return grid;
    }

    private String date(LocalDate date) {
        return date == null ? "" : dates.format(date);
    }

    private String date(Instant instant) {
        return instant == null ? "" : date(instant.atZone(ZoneOffset.UTC).toLocalDate());
    }
}

package io.steward.analysis.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import io.steward.analysis.ModuleAnalysis;
import io.steward.analysis.QuestionAnalysisService;
import io.steward.analysis.Thresholds;
import io.steward.analysis.VersionAnalysis;
import io.steward.base.Role;
import io.steward.base.SmallGroups;
import io.steward.base.ui.EmptyState;
import io.steward.base.ui.StewardView;
import io.steward.content.ModuleSummary;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * How each question of a module performs, version by version, so that authors can fix bad questions. Opened from
 * the menu, or with {@code ?module=<id>} to show one module straight away.
 */
@Route("analysis")
@Menu(title = "nav.analysis", order = 4.5, icon = "vaadin:clipboard-check")
@RolesAllowed({Role.Names.AUTHOR, Role.Names.HR})
class QuestionAnalysisView extends StewardView implements BeforeEnterObserver {

    static final String MODULE_PARAMETER = "module";

    private final transient QuestionAnalysisService analysis;
    private final Select<ModuleSummary> module = new Select<>();
    private final Div results = new Div();

    QuestionAnalysisView(QuestionAnalysisService analysis, SmallGroups smallGroups) {
        super("nav.analysis");
        this.analysis = analysis;
        List<ModuleSummary> modules = analysis.modulesWithQuiz();
        module.setLabel(getTranslation("analysis.module"));
        module.setItems(modules);
        module.setItemLabelGenerator(ModuleSummary::title);
        module.setPlaceholder(getTranslation("analysis.module.placeholder"));
        module.setWidth("min(100%, 28rem)");
        module.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                rememberInAddress(change.getValue());
            }
            show(change.getValue());
        });
        results.addClassName("analysis-results");
        add(new Paragraph(getTranslation("analysis.intro")));
        if (modules.isEmpty()) {
            add(new EmptyState(getTranslation("analysis.noModules.heading"),
                    getTranslation("analysis.noModules.text")));
        } else {
            add(module);
        }
        add(help(analysis.thresholds(), smallGroups.minimum()), results);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter(MODULE_PARAMETER)
                .flatMap(id -> module.getListDataView().getItems().filter(m -> m.id().equals(id)).findFirst())
                .ifPresent(module::setValue);
    }

    private Details help(Thresholds thresholds, int minimumGroupSize) {
        String flags = getTranslation("analysis.help.flags", Figures.percent(thresholds.tooEasyAbove(), getLocale()),
                Figures.percent(thresholds.tooHardBelow(), getLocale()),
                Figures.decimal(thresholds.misleadingBelow(), getLocale()));
        UnorderedList measures = new UnorderedList(
                new ListItem(getTranslation("analysis.help.facility")),
                new ListItem(getTranslation("analysis.help.discrimination")),
                new ListItem(flags),
                new ListItem(getTranslation("analysis.help.privacy", minimumGroupSize)));
        Details help = new Details(getTranslation("analysis.help"), measures);
        help.addClassName("analysis-help");
        return help;
    }

    private void rememberInAddress(ModuleSummary chosen) {
        QueryParameters query = chosen == null ? QueryParameters.empty()
                : QueryParameters.of(MODULE_PARAMETER, chosen.id());
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "analysis?" + query.getQueryString()));
    }

    private void show(ModuleSummary chosen) {
        results.removeAll();
        if (chosen == null) {
            return;
        }
        analysis.analyse(chosen.id()).ifPresentOrElse(this::show, () -> results.add(
                new EmptyState(getTranslation("analysis.notFound.heading"), getTranslation("analysis.notFound.text"))));
    }

    private void show(ModuleAnalysis found) {
        if (found.versions().isEmpty()) {
            results.add(new EmptyState(getTranslation("analysis.noAttempts.heading"),
                    getTranslation("analysis.noAttempts.text")));
        }
        boolean sameNumberTwice = found.versions().stream().map(v -> v.ref().version()).distinct().count()
                < found.versions().size();
        for (VersionAnalysis version : found.versions()) {
            results.add(new H2(sameNumberTwice
                    ? getTranslation("analysis.version.hash", version.ref().version(),
                            version.ref().contentHash().substring(0, 8))
                    : getTranslation("analysis.version", version.ref().version())));
            if (version.suppressed()) {
                results.add(new Paragraph(getTranslation("analysis.suppressed", found.minimumGroupSize())));
            } else {
                results.add(new Paragraph(getTranslation("analysis.attempts", version.attemptsAnalysed())),
                        new QuestionGrid(version, found.minimumGroupSize()));
            }
        }
    }
}

package io.steward.analysis.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import io.steward.analysis.QuestionAnalysis;
import io.steward.analysis.QuestionFlag;
import io.steward.analysis.VersionAnalysis;
import java.util.ArrayList;
import java.util.List;

/** The questions of one version with their figures; a figure over too few attempts reads "fewer than N". */
class QuestionGrid extends Grid<QuestionAnalysis> {

    private final int minimumGroupSize;

    QuestionGrid(VersionAnalysis version, int minimumGroupSize) {
        super(QuestionAnalysis.class, false);
        this.minimumGroupSize = minimumGroupSize;
        setAriaLabel(getTranslation("analysis.grid.label", version.ref().version()));
        addColumn(QuestionAnalysis::key).setHeader(getTranslation("analysis.column.number"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        addColumn(QuestionAnalysis::text).setHeader(getTranslation("analysis.column.question")).setWidth("18rem")
                .setFlexGrow(1);
        addColumn(QuestionAnalysis::attempts).setHeader(getTranslation("analysis.column.attempts"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        addColumn(q -> q.facility() == null ? fewer() : Figures.percent(q.facility(), getLocale()))
                .setHeader(getTranslation("analysis.column.facility")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(q -> q.discrimination() == null ? fewer() : Figures.decimal(q.discrimination(), getLocale()))
                .setHeader(getTranslation("analysis.column.discrimination")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        addComponentColumn(this::flags).setHeader(getTranslation("analysis.column.flags")).setWidth("14rem")
                .setFlexGrow(1);
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        setAllRowsVisible(true);
        setItems(version.questions());
    }

    private String fewer() {
        return getTranslation("analysis.fewer", minimumGroupSize);
    }

    private Span flags(QuestionAnalysis question) {
        List<String> lines = new ArrayList<>();
        for (QuestionFlag flag : QuestionFlag.values()) {
            if (question.flags().contains(flag)) {
                lines.add(getTranslation(switch (flag) {
                    case TOO_EASY -> "analysis.flag.tooEasy";
                    case TOO_HARD -> "analysis.flag.tooHard";
                    case MISLEADING -> "analysis.flag.misleading";
                }));
            }
        }
        question.attractiveWrongOptions().forEach(o -> lines.add(getTranslation("analysis.flag.attractive", o)));
        Span flags = new Span(lines.isEmpty() ? getTranslation("analysis.flag.none") : String.join("; ", lines));
        flags.addClassName(lines.isEmpty() ? "analysis-flags" : "analysis-flags-raised");
        return flags;
    }
}

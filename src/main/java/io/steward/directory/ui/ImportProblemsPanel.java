package io.steward.directory.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import io.steward.directory.importing.ImportProblem;
import java.util.List;

/** Every problem in a refused file, by line and column, in words HR can act on. */
class ImportProblemsPanel extends Section {

    ImportProblemsPanel(List<ImportProblem> problems) {
        addClassNames("import-panel", "import-problems");
        H2 heading = new H2(getTranslation("import.problems.heading", problems.size()));
        Grid<ImportProblem> grid = new Grid<>(ImportProblem.class, false);
        grid.addColumn(ImportProblem::line).setHeader(getTranslation("import.problems.line")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(p -> p.column() == null ? "" : p.column()).setHeader(getTranslation("import.problems.column"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> getTranslation(p.kind().messageKey(), p.values().toArray()))
                .setHeader(getTranslation("import.problems.problem")).setFlexGrow(1);
        grid.setItems(problems);
        grid.setAriaLabel(getTranslation("import.problems.grid"));
        grid.setAllRowsVisible(problems.size() <= 20);
        add(heading, new Paragraph(getTranslation("import.problems.text")), grid);
    }
}

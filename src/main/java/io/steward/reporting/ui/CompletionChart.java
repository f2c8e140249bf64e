package io.steward.reporting.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import io.steward.base.ui.ScrollRegion;
import io.steward.reporting.ModuleRate;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Completion by module as a bar chart drawn on the server (SVG, no client library), with a text alternative
 * and, beside it, a table of the same numbers for anyone who cannot or would rather not read the chart.
 */
class CompletionChart extends Div {

    private static final int WIDTH = 640;
    private static final int ROW = 30;
    private static final int LABEL = 260;
    private static final int BAR = WIDTH - LABEL - 60;
    /** The longest module title that fits left of the bars; longer ones are shortened (the table has them whole). */
    static final int LABEL_LENGTH = 34;

    private final int minimumGroup;

    CompletionChart(List<ModuleRate> rates, int minimumGroup) {
        this.minimumGroup = minimumGroup;
        addClassName("completion-chart");
        String alt = getTranslation("chart.byModule.alt", String.join("; ", rates.stream()
                .map(r -> getTranslation("chart.byModule.item", r.title(), percent(r))).toList()));
        Image image = new Image("data:image/svg+xml;base64," + Base64.getEncoder()
                .encodeToString(svg(rates, fewerThan()).getBytes(StandardCharsets.UTF_8)), alt);
        add(new ScrollRegion(getTranslation("chart.byModule"), image),
                new ScrollRegion(getTranslation("chart.byModule.table"), table(rates)));
    }

    private String fewerThan() {
        return getTranslation("report.fewerThan", minimumGroup);
    }

    private String percent(ModuleRate rate) {
        return rate.suppressed() ? fewerThan() : getTranslation("report.percent", rate.percent());
    }

    private String count(ModuleRate rate, long value) {
        return rate.suppressed() ? fewerThan() : String.valueOf(value);
    }

    /** The bars; a suppressed module gets no bar, only {@code fewerThan} where the percentage would be. */
    static String svg(List<ModuleRate> rates, String fewerThan) {
        int height = Math.max(1, rates.size()) * ROW + 10;
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                        + "font-family=\"sans-serif\" font-size=\"%d\">",
                WIDTH, height, WIDTH, height, SvgText.FONT_SIZE));
        for (int i = 0; i < rates.size(); i++) {
            ModuleRate rate = rates.get(i);
            int y = 5 + i * ROW;
            int length = rate.suppressed() ? 0 : Math.round(BAR * rate.percent() / 100f);
            String value = rate.suppressed() ? SvgText.escape(fewerThan) : rate.percent() + "%";
            String label = SvgText.escape(SvgText.shorten(rate.title(), LABEL_LENGTH));
            svg.append(String.format(Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" fill=\"#2e3a46\">%s</text>"
                            + "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"18\" fill=\"#eef1f4\"/>"
                            + "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"18\" fill=\"#1f5f8b\"/>"
                            + "<text x=\"%d\" y=\"%d\" fill=\"#2e3a46\">%s</text>",
                    LABEL - 8, y + 14, label, LABEL, y, BAR, LABEL, y, length,
                    rate.suppressed() ? LABEL + 8 : LABEL + BAR + 6, y + 14, value));
        }
        return svg.append("</svg>").toString();
    }

    private NativeTable table(List<ModuleRate> rates) {
        NativeTable table = new NativeTable();
        table.addClassName("report-table");
        table.setCaptionText(getTranslation("chart.byModule.table"));
        table.add(new NativeTableHeader(new NativeTableRow(
                new NativeTableHeaderCell(getTranslation("chart.column.module")),
                new NativeTableHeaderCell(getTranslation("chart.column.assigned")),
                new NativeTableHeaderCell(getTranslation("chart.column.completed")),
                new NativeTableHeaderCell(getTranslation("chart.column.percent")))));
        NativeTableBody body = new NativeTableBody();
        rates.forEach(r -> body.add(new NativeTableRow(new NativeTableCell(r.title()),
                new NativeTableCell(count(r, r.assigned())), new NativeTableCell(count(r, r.completed())),
                new NativeTableCell(percent(r)))));
        table.add(body);
        return table;
    }
}

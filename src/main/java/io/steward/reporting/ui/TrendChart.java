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
import io.steward.reporting.TrendPoint;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * The completion rate at the end of each of the last 12 months as a line drawn on the server (SVG), with a
 * text alternative and a table of the same numbers. Suppressed months (too few people) and months before
 * anything was assigned leave a gap.
 */
class TrendChart extends Div {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 220;
    private static final int LEFT = 48;
    private static final int TOP = 12;
    private static final int PLOT_WIDTH = WIDTH - LEFT - 16;
    private static final int PLOT_HEIGHT = HEIGHT - TOP - 36;

    private final int minimumGroup;
    private final DateTimeFormatter monthFormat;

    TrendChart(List<TrendPoint> points, int minimumGroup) {
        this.minimumGroup = minimumGroup;
        this.monthFormat = DateTimeFormatter.ofPattern("MMM yyyy", getLocale());
        addClassName("completion-chart");
        String alt = getTranslation("chart.trend.alt", String.join("; ", points.stream()
                .map(p -> getTranslation("chart.trend.item", monthFormat.format(p.month()), percent(p))).toList()));
        Image image = new Image("data:image/svg+xml;base64," + Base64.getEncoder()
                .encodeToString(svg(points, getLocale()).getBytes(StandardCharsets.UTF_8)), alt);
        add(new ScrollRegion(getTranslation("chart.trend"), image),
                new ScrollRegion(getTranslation("chart.trend.table"), table(points)));
    }

    private String percent(TrendPoint point) {
        if (point.suppressed()) {
            return getTranslation("report.fewerThan", minimumGroup);
        }
        return point.assigned() == 0 ? getTranslation("chart.trend.none")
                : getTranslation("report.percent", point.percent());
    }

    /** A month is drawn when it has a rate: not suppressed, and something had been assigned by then. */
    private static boolean drawn(TrendPoint point) {
        return !point.suppressed() && point.assigned() > 0;
    }

    private String count(TrendPoint point, long value) {
        return point.suppressed() ? getTranslation("report.fewerThan", minimumGroup) : String.valueOf(value);
    }

    static String svg(List<TrendPoint> points, Locale locale) {
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                        + "font-family=\"sans-serif\" font-size=\"%d\">",
                WIDTH, HEIGHT, WIDTH, HEIGHT, SvgText.FONT_SIZE));
        for (int percent = 0; percent <= 100; percent += 25) {
            int y = y(percent);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#d5dbe1\"/>"
                    + "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" fill=\"#2e3a46\">%d%%</text>",
                    LEFT, y, LEFT + PLOT_WIDTH, y, LEFT - 6, y + 4, percent));
        }
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            TrendPoint point = points.get(i);
            int x = x(i, points.size());
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" fill=\"#2e3a46\">"
                    + "%s</text>", x, HEIGHT - 14,
                    SvgText.escape(point.month().getMonth().getDisplayName(TextStyle.SHORT, locale))));
            if (!drawn(point)) {
                flush(svg, line);
                continue;
            }
            line.append(line.isEmpty() ? "" : " ").append(x).append(',').append(y(point.percent()));
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%d\" cy=\"%d\" r=\"4\" fill=\"#1f5f8b\"/>", x,
                    y(point.percent())));
        }
        flush(svg, line);
        return svg.append("</svg>").toString();
    }

    private static void flush(StringBuilder svg, StringBuilder line) {
        if (!line.isEmpty()) {
            svg.append("<polyline fill=\"none\" stroke=\"#1f5f8b\" stroke-width=\"2\" points=\"").append(line)
                    .append("\"/>");
            line.setLength(0);
        }
    }

    private static int x(int index, int count) {
        return LEFT + (count <= 1 ? PLOT_WIDTH / 2 : index * PLOT_WIDTH / (count - 1));
    }

    private static int y(int percent) {
        return TOP + PLOT_HEIGHT - percent * PLOT_HEIGHT / 100;
    }

    private NativeTable table(List<TrendPoint> points) {
        NativeTable table = new NativeTable();
        table.addClassName("report-table");
        table.setCaptionText(getTranslation("chart.trend.table"));
        table.add(new NativeTableHeader(new NativeTableRow(
                new NativeTableHeaderCell(getTranslation("chart.column.month")),
                new NativeTableHeaderCell(getTranslation("chart.column.assigned")),
                new NativeTableHeaderCell(getTranslation("chart.column.completed")),
                new NativeTableHeaderCell(getTranslation("chart.column.percent")))));
        NativeTableBody body = new NativeTableBody();
        points.forEach(p -> body.add(new NativeTableRow(new NativeTableCell(monthFormat.format(p.month())),
                new NativeTableCell(count(p, p.assigned())), new NativeTableCell(count(p, p.completed())),
                new NativeTableCell(percent(p)))));
        table.add(body);
        return table;
    }
}

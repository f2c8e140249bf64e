package io.steward.reporting.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import io.steward.reporting.ExportFormat;
import io.steward.reporting.ReportFilter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Download links for the completions export with the filter the page shows. The browser fetches the file
 * straight from the export endpoint, which streams it; the service there decides whose rows are included.
 */
class ExportLinks extends Div {

    /** Each download's file under {@code reports/}, and its link. */
    private final Map<String, Anchor> links = new LinkedHashMap<>();

    ExportLinks() {
        addClassName("export-links");
        for (ExportFormat format : ExportFormat.values()) {
            link("completions." + format.extension(), "report.export." + format.extension());
        }
        link("certificates.zip", "report.export.certificates");
        show(ReportFilter.none());
    }

    private void link(String file, String textKey) {
        Anchor link = new Anchor();
        link.setText(getTranslation(textKey));
        link.setRouterIgnore(true);
        link.getElement().setAttribute("download", true);
        link.addClassName("button-link");
        links.put(file, link);
        add(link);
    }

    void show(ReportFilter filter) {
        String query = query(filter.parameters());
        links.forEach((file, link) -> link.setHref("reports/" + file + query));
    }

    /** {@code ?name=value&...} with the values URL-encoded; empty for no parameters. */
    private static String query(Map<String, String> parameters) {
        return parameters.isEmpty() ? "" : "?" + parameters.entrySet().stream()
                .map(p -> p.getKey() + "=" + URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}

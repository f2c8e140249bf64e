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

    private final Map<ExportFormat, Anchor> links = new LinkedHashMap<>();

    ExportLinks() {
        addClassName("export-links");
        for (ExportFormat format : ExportFormat.values()) {
            Anchor link = new Anchor();
            link.setText(getTranslation("report.export." + format.extension()));
            link.setRouterIgnore(true);
            link.getElement().setAttribute("download", true);
            link.addClassName("button-link");
            links.put(format, link);
            add(link);
        }
        show(ReportFilter.none());
    }

    void show(ReportFilter filter) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("department", filter.department());
        parameters.put("module", filter.moduleId());
        parameters.put("state", filter.state());
        parameters.put("dueFrom", filter.dueFrom());
        parameters.put("dueTo", filter.dueTo());
        parameters.put("manager", filter.managerId());
        String query = parameters.entrySet().stream().filter(p -> p.getValue() != null)
                .map(p -> p.getKey() + "=" + URLEncoder.encode(p.getValue().toString(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        links.forEach((format, link) -> link.setHref("reports/completions." + format.extension()
                + (query.isEmpty() ? "" : "?" + query)));
    }
}

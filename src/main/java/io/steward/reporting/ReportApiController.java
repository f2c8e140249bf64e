package io.steward.reporting;

import io.steward.base.ApiScope;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/reports/completions.csv}: the completions export for scripts, with the filters of the
 * screens as query parameters; token scope {@code reports}. See docs/api.md.
 */
@RestController
class ReportApiController {

    private final ReportingService reports;

    ReportApiController(ReportingService reports) {
        this.reports = reports;
    }

    @GetMapping("/api/v1/reports/completions.csv")
    @PreAuthorize("hasAuthority('" + ApiScope.Authorities.REPORTS + "')")
    void completions(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ReportFilter filter = reports.filter(request.getParameterMap());
        ReportController.attachment(response, ExportFormat.CSV.contentType(), "steward-completions.csv");
        reports.exportCompletions(filter, ExportFormat.CSV, response.getOutputStream());
    }
}

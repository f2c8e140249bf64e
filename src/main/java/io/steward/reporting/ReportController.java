package io.steward.reporting;

import io.steward.reporting.ReportFilter.StateFilter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Export downloads for signed-in people. The filters are query parameters with the same meaning as in the
 * views; the service decides whose rows the caller may have. The response is written while rows are read.
 */
@RestController
class ReportController {

    /** The query parameters; an unknown state or a malformed date is answered with 400 Bad Request. */
    record ExportParameters(String department, String module, StateFilter state,
            @DateTimeFormat(iso = ISO.DATE) LocalDate dueFrom, @DateTimeFormat(iso = ISO.DATE) LocalDate dueTo,
            Long manager) {

        ReportFilter filter() {
            return new ReportFilter(department, module, state, dueFrom, dueTo, manager);
        }
    }

    private final ReportingService reports;

    ReportController(ReportingService reports) {
        this.reports = reports;
    }

    @GetMapping("/reports/completions.{extension:csv|xlsx}")
    void completions(@PathVariable String extension, ExportParameters parameters, HttpServletResponse response)
            throws IOException {
        ExportFormat format = ExportFormat.valueOf(extension.toUpperCase(Locale.ROOT));
        response.setContentType(format.contentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("steward-completions." + format.extension()).build().toString());
        reports.exportCompletions(parameters.filter(), format, response.getOutputStream());
    }
}

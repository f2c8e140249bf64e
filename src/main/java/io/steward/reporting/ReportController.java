package io.steward.reporting;

import io.steward.reporting.domain.EvidenceQuery.Period;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Downloads for signed-in people. The filters are query parameters with the same meaning as in the views
 * ({@link FilterParameters}); the services decide whose rows the caller may have. Every file is written
 * while its rows are read.
 */
@RestController
class ReportController {

    static final String ZIP = "application/zip";
    private static final Set<String> EVIDENCE_PARAMETERS = Set.of("module", "from", "to");

    private final ReportingService reports;
    private final ArchiveService archives;

    ReportController(ReportingService reports, ArchiveService archives) {
        this.reports = reports;
        this.archives = archives;
    }

    @GetMapping("/reports/completions.{extension:csv|xlsx}")
    void completions(@PathVariable String extension, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        ExportFormat format = ExportFormat.valueOf(extension.toUpperCase(Locale.ROOT));
        ReportFilter filter = reports.filter(request.getParameterMap());
        attachment(response, format.contentType(), "steward-completions." + format.extension());
        reports.exportCompletions(filter, format, response.getOutputStream());
    }

    @GetMapping("/reports/certificates.zip")
    void certificates(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ReportFilter filter = reports.filter(request.getParameterMap());
        attachment(response, ZIP, "steward-certificates.zip");
        archives.exportCertificates(filter, response.getOutputStream());
    }

    /** {@code module}, {@code from} and {@code to} (ISO dates, inclusive), all required. */
    @GetMapping("/reports/evidence-pack.zip")
    void evidencePack(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, String[]> query = request.getParameterMap();
        query.keySet().stream().filter(name -> !EVIDENCE_PARAMETERS.contains(name)).findFirst().ifPresent(name -> {
            throw new InvalidParameterException(name, true, "Unknown parameter '" + name
                    + "'; expected module, from and to.");
        });
        String module = required(FilterParameters.value(query, "module"), "module");
        LocalDate from = required(FilterParameters.date(query, "from"), "from");
        LocalDate to = required(FilterParameters.date(query, "to"), "to");
        if (to.isBefore(from)) {
            throw new InvalidParameterException("to", false, "'to' (" + to + ") is before 'from' (" + from + ").");
        }
        archives.checkModule(module);
        EvidenceScope scope = EvidenceScope.of(module, new Period(from, to));
        attachment(response, ZIP, scope.fileName());
        archives.evidencePack(scope, response.getOutputStream());
    }

    private static <T> T required(T value, String name) {
        if (value == null) {
            throw new InvalidParameterException(name, true, "'" + name + "' is required.");
        }
        return value;
    }

    static void attachment(HttpServletResponse response, String contentType, String fileName) {
        response.setContentType(contentType);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName).build().toString());
    }
}

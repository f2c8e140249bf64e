package io.steward.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.base.ApiScope;
import io.steward.demo.DemoOrganisation;
import io.steward.security.ApiTokenService;
import io.steward.support.IntegrationTest;
import io.steward.support.SignedIn;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class ReportApiIntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    private ReportingService reports;
    @Autowired
    private ApiTokenService tokens;
    @Autowired
    private SignedIn signedIn;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private JsonMapper json;
    @LocalServerPort
    private int port;

    private HttpResponse<String> get(String query, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/v1/reports/completions.csv" + query));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void the_api_csv_round_trips_and_equals_the_screens_export_with_the_same_filters() throws Exception {
        ReportFilter filter = new ReportFilter("Customer Support", "responsible-data-practices", null, null, null,
                null);
        HttpResponse<String> response = get(ExportLinksQuery.of(filter), DemoOrganisation.API_TOKEN);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/csv"));
        List<CSVRecord> api = ReportArchivesIntegrationTest.csv(response.body().getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        try (var hr = signedIn.as(DemoOrganisation.HR)) {
            reports.exportCompletions(filter, ExportFormat.CSV, screen);
        }
        long expected = jdbc.sql("""
                SELECT COUNT(*) FROM assignment a JOIN employee e ON e.id = a.employee_id
                JOIN department d ON d.id = e.department_id
                WHERE e.active AND d.name = 'Customer Support' AND a.module_id = 'responsible-data-practices'""")
                .query(Long.class).single();
        assertThat(api).hasSize((int) expected).allSatisfy(r -> assertThat(r.get("department"))
                .isEqualTo("Customer Support"));
        assertThat(api.stream().map(CSVRecord::toList).toList()).isEqualTo(ReportArchivesIntegrationTest
                .csv(screen.toByteArray()).stream().map(CSVRecord::toList).toList());
    }

    @Test
    void as_of_today_the_record_of_cycles_and_placements_gives_the_rows_of_now() throws Exception {
        ReportFilter now = new ReportFilter("Customer Support", null, null, null, null, null);
        HttpResponse<String> response = get(ExportLinksQuery.of(now.asOf(LocalDate.now())),
                DemoOrganisation.API_TOKEN);

        assertThat(response.statusCode()).isEqualTo(200);
        List<List<String>> asOfToday = ReportArchivesIntegrationTest.csv(response.body()
                .getBytes(StandardCharsets.UTF_8)).stream().map(CSVRecord::toList).toList();
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        try (var hr = signedIn.as(DemoOrganisation.HR)) {
            reports.exportCompletions(now, ExportFormat.CSV, screen);
        }
        int state = CompletionColumns.HEADERS.indexOf("state");
        List<List<String>> live = ReportArchivesIntegrationTest.csv(screen.toByteArray()).stream()
                .map(r -> {
                    List<String> cells = new ArrayList<>(r.toList());
                    // A cycle's own record knows open and ended, not whether the person has started yet.
                    cells.set(state, cells.get(state).replace("IN_PROGRESS", "ASSIGNED"));
                    return cells;
                }).toList();
        assertThat(asOfToday).isNotEmpty().isEqualTo(live);
    }

    @Test
    void without_a_token_or_without_the_reports_scope_there_is_no_csv() throws Exception {
        assertThat(get("", null).statusCode()).isEqualTo(401);
        String importOnly;
        try (var hr = signedIn.as(DemoOrganisation.HR)) {
            importOnly = tokens.create("import only " + System.nanoTime(), EnumSet.of(ApiScope.IMPORT)).token();
        }
        HttpResponse<String> forbidden = get("", importOnly);
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(forbidden.body()).doesNotContain("employee_id");
    }

    @Test
    void bad_parameters_are_problems_that_name_the_parameter() throws Exception {
        assertProblem(get("?state=late", DemoOrganisation.API_TOKEN), 400, "state");
        assertProblem(get("?dueFrom=2026-13-01", DemoOrganisation.API_TOKEN), 400, "dueFrom");
        assertProblem(get("?manager=maria", DemoOrganisation.API_TOKEN), 400, "manager");
        assertProblem(get("?departement=Marketing", DemoOrganisation.API_TOKEN), 400, "departement");
        assertProblem(get("?department=Nowhere", DemoOrganisation.API_TOKEN), 422, "department");
        assertProblem(get("?dueFrom=2026-02-01&dueTo=2026-01-01", DemoOrganisation.API_TOKEN), 422, "dueTo");
        assertProblem(get("?asOf=2025-02-30", DemoOrganisation.API_TOKEN), 400, "asOf");
        assertProblem(get("?asOf=" + LocalDate.now().plusDays(1), DemoOrganisation.API_TOKEN), 422, "asOf");
    }

    private void assertProblem(HttpResponse<String> response, int status, String parameter) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("parameter").asString()).isEqualTo(parameter);
        assertThat(problem.get("detail").asString()).contains(parameter);
    }

    /** The query string the screens' download links use for a filter. */
    private static final class ExportLinksQuery {

        static String of(ReportFilter filter) {
            return "?" + String.join("&", filter.parameters().entrySet().stream()
                    .map(p -> p.getKey() + "=" + URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8))
                    .toList());
        }
    }
}

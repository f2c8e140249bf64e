package io.steward.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.demo.DemoOrganisation;
import io.steward.support.IntegrationTest;
import io.steward.support.SignedIn;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class CompletionExportIntegrationTest {

    /** A name a spreadsheet would run as a formula, with a comma, a quote and a line break for quoting. */
    private static final String HOSTILE_NAME = "=HYPERLINK(\"http://evil.example\",\"Click, me\")\nnow";

    @Autowired
    private ReportingService reports;
    @Autowired
    private SignedIn signedIn;
    @Autowired
    private JdbcClient jdbc;
    @LocalServerPort
    private int port;
    private String originalName;

    @BeforeEach
    void giveSamAHostileName() {
        originalName = jdbc.sql("SELECT display_name FROM employee WHERE email = ?").param(DemoOrganisation.EMPLOYEE)
                .query(String.class).single();
        jdbc.sql("UPDATE employee SET display_name = ? WHERE email = ?").params(HOSTILE_NAME, DemoOrganisation.EMPLOYEE)
                .update();
    }

    @AfterEach
    void restoreSamsName() {
        jdbc.sql("UPDATE employee SET display_name = ? WHERE email = ?").params(originalName, DemoOrganisation.EMPLOYEE)
                .update();
    }

    private byte[] export(String email, ReportFilter filter, ExportFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var session = signedIn.as(email)) {
            reports.exportCompletions(filter, format, out);
        }
        return out.toByteArray();
    }

    private static List<CSVRecord> parse(byte[] csv) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(csv, StandardCharsets.UTF_8))).getRecords();
    }

    @Test
    void csv_has_one_row_per_assignment_and_quoting_round_trips_with_the_formula_prefixed() throws IOException {
        List<CSVRecord> rows = parse(export(DemoOrganisation.HR, ReportFilter.none(), ExportFormat.CSV));

        long assignments = jdbc.sql("SELECT COUNT(*) FROM assignment a JOIN employee e ON e.id = a.employee_id"
                + " WHERE e.active").query(Long.class).single();
        assertThat(rows).hasSize((int) assignments);
        assertThat(rows.getFirst().toMap().keySet()).containsExactlyElementsOf(CompletionColumns.HEADERS);
        assertThat(rows).filteredOn(r -> r.get("email").equals(DemoOrganisation.EMPLOYEE)).isNotEmpty()
                .allSatisfy(r -> assertThat(r.get("name")).isEqualTo("'" + HOSTILE_NAME));
        assertThat(rows).filteredOn(r -> r.get("module_id").equals("customer-data-acceptable-use")).first()
                .satisfies(r -> assertThat(r.get("module_title")).isEqualTo("Customer Data Acceptable Use Policy"));
    }

    @Test
    void a_manager_exports_only_their_own_line_whatever_manager_they_ask_for() throws IOException {
        long boss = jdbc.sql("SELECT id FROM employee WHERE email = 'olivia.bennett@example.com'").query(Long.class)
                .single();
        List<CSVRecord> rows = parse(export(DemoOrganisation.MANAGER,
                new ReportFilter(null, null, null, null, null, boss), ExportFormat.CSV));

        assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r.get("department")).isEqualTo("Customer Support"));
        assertThat(rows).extracting(r -> r.get("email")).doesNotContain("isabel.garcia@example.com",
                DemoOrganisation.MANAGER);
    }

    @Test
    void filters_narrow_the_export() throws IOException {
        List<CSVRecord> rows = parse(export(DemoOrganisation.AUDITOR, new ReportFilter("Marketing",
                "responsible-data-practices", ReportFilter.StateFilter.OVERDUE, null, null, null), ExportFormat.CSV));

        assertThat(rows).extracting(r -> r.get("name")).containsExactly("Ella Murphy");
        assertThat(rows.getFirst().get("overdue")).isEqualTo("true");
    }

    @Test
    void auditors_get_no_email_addresses_and_every_download_is_recorded() throws IOException {
        long before = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM audit_entry").query(Long.class).single();
        ReportFilter marketing = new ReportFilter("Marketing", null, null, null, null, null);
        List<CSVRecord> audited = parse(export(DemoOrganisation.AUDITOR, marketing, ExportFormat.CSV));
        List<CSVRecord> hr = parse(export(DemoOrganisation.HR, marketing, ExportFormat.CSV));

        assertThat(audited).hasSameSizeAs(hr).isNotEmpty().allSatisfy(r -> assertThat(r.get("email")).isEmpty());
        assertThat(hr).allSatisfy(r -> assertThat(r.get("email")).endsWith("@example.com"));
        assertThat(jdbc.sql("SELECT subject, detail FROM audit_entry WHERE id > ? AND action = 'EXPORT_DOWNLOADED'")
                .param(before).query((rs, n) -> rs.getString(1) + " " + rs.getString(2)).list())
                .containsExactly("export:completions.csv filters=department=Marketing rows=" + hr.size(),
                        "export:completions.csv filters=department=Marketing rows=" + hr.size());
    }

    @Test
    void the_xlsx_opens_and_holds_the_same_rows_as_the_csv() throws IOException {
        List<CSVRecord> csv = parse(export(DemoOrganisation.HR, ReportFilter.none(), ExportFormat.CSV));
        byte[] xlsx = export(DemoOrganisation.HR, ReportFilter.none(), ExportFormat.XLSX);

        List<List<String>> sheet = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx));
                var rows = workbook.getFirstSheet().openStream()) {
            rows.skip(1).forEach(row -> sheet.add(texts(row)));
        }
        assertThat(sheet).isEqualTo(csv.stream().map(CSVRecord::toList).toList());
    }

    private static List<String> texts(Row row) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < CompletionColumns.HEADERS.size(); i++) {
            cells.add(row.getCellText(i));
        }
        return cells;
    }

    @Test
    void an_employee_gets_no_export_from_the_service_or_over_http() throws Exception {
        try (var employee = signedIn.as(DemoOrganisation.EMPLOYEE)) {
            assertThatThrownBy(() -> reports.exportCompletions(ReportFilter.none(), ExportFormat.CSV,
                    new ByteArrayOutputStream())).isInstanceOf(AccessDeniedException.class);
        }
        HttpResponse<String> anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/reports/completions.csv")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isNotEqualTo(200);
        assertThat(anonymous.body()).doesNotContain("employee_id");
    }
}

package io.steward.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.base.EmployeeId;
import io.steward.content.ContentService;
import io.steward.demo.DemoOrganisation;
import io.steward.directory.Audience;
import io.steward.directory.importing.DirectoryImportService;
import io.steward.directory.importing.ImportMode;
import io.steward.learning.AllowanceService;
import io.steward.learning.AssignmentRequest;
import io.steward.learning.AssignmentService;
import io.steward.reporting.domain.EvidenceQuery.Period;
import io.steward.support.IntegrationTest;
import io.steward.support.QuizTaker;
import io.steward.support.SignedIn;
import io.steward.support.StaffLists;
import io.steward.support.TestContent;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class ReportArchivesIntegrationTest {

    static final String MODULE = "reporting-data-incidents";
    /** In the demo manager's line (through Aisha Khan). */
    static final String INSIDE = "noah.johnson@example.com";
    /** In Lena Novak's line, not the demo manager's. */
    static final String OUTSIDE = "yuki.tanaka@example.com";

    @Autowired
    private ArchiveService archives;
    @Autowired
    private QuizTaker quizzes;
    @Autowired
    private SignedIn signedIn;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private ContentService content;
    @Autowired
    private AssignmentService assignments;
    @Autowired
    private AllowanceService allowances;
    @Autowired
    private DirectoryImportService imports;

    @BeforeEach
    void bothHaveCompletedTheModule() {
        complete(INSIDE);
        complete(OUTSIDE);
    }

    private void complete(String email) {
        Long done = jdbc.sql("""
                SELECT COUNT(*) FROM completion c JOIN employee e ON e.id = c.employee_id
                WHERE e.email = ? AND c.module_id = ?""").params(email, MODULE).query(Long.class).single();
        if (done > 0) {
            return;
        }
        quizzes.pass(email, MODULE);
    }

    private String codeOf(String email) {
        return jdbc.sql("""
                SELECT cert.code FROM certificate cert JOIN employee e ON e.id = cert.employee_id
                WHERE e.email = ? AND cert.module_id = ? ORDER BY cert.id DESC LIMIT 1""")
                .params(email, MODULE).query(String.class).single();
    }

    /** Every file of a ZIP by name. */
    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    /** Checks each line of the manifest against the file it names; returns the names it lists. */
    static List<String> verifyManifest(Map<String, byte[]> files) throws Exception {
        String manifest = new String(files.get(ManifestZip.MANIFEST), StandardCharsets.UTF_8);
        List<String> listed = manifest.lines().map(line -> line.substring(66)).toList();
        for (String line : manifest.lines().toList()) {
            String name = line.substring(66);
            assertThat(files).as(name).containsKey(name);
            assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(files.get(name))))
                    .as("hash of " + name).isEqualTo(line.substring(0, 64));
        }
        return listed;
    }

    private byte[] certificatesAs(String email, ReportFilter filter) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var session = signedIn.as(email)) {
            archives.exportCertificates(filter, out);
        }
        return out.toByteArray();
    }

    @Test
    void a_manager_gets_the_certificates_of_their_own_line_only_whatever_manager_they_ask_for() throws Exception {
        long lena = jdbc.sql("SELECT id FROM employee WHERE email = 'lena.novak@example.com'").query(Long.class)
                .single();
        Map<String, byte[]> files = unzip(certificatesAs(DemoOrganisation.MANAGER,
                new ReportFilter(null, MODULE, null, null, null, lena)));

        assertThat(files.keySet()).anyMatch(name -> name.contains(codeOf(INSIDE)))
                .noneMatch(name -> name.contains(codeOf(OUTSIDE)));
        assertThat(verifyManifest(files)).containsExactlyInAnyOrderElementsOf(files.keySet().stream()
                .filter(name -> !name.equals(ManifestZip.MANIFEST)).toList());
        byte[] pdf = files.entrySet().stream().filter(f -> f.getKey().contains(codeOf(INSIDE))).findFirst()
                .orElseThrow().getValue();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Noah Johnson", codeOf(INSIDE));
        }
    }

    @Test
    void hr_gets_every_certificate_of_the_filter_and_employees_none() throws Exception {
        Map<String, byte[]> files = unzip(certificatesAs(DemoOrganisation.HR,
                new ReportFilter(null, MODULE, ReportFilter.StateFilter.COMPLETED, null, null, null)));
        long expected = jdbc.sql("""
                SELECT COUNT(DISTINCT a.id) FROM assignment a JOIN employee e ON e.id = a.employee_id
                JOIN certificate cert ON cert.employee_id = a.employee_id AND cert.module_id = a.module_id
                WHERE e.active AND a.module_id = ? AND a.state = 'COMPLETED'""").param(MODULE).query(Long.class)
                .single();

        assertThat(files).hasSize((int) expected + 1).containsKey(ManifestZip.MANIFEST);
        assertThat(files.keySet()).anyMatch(name -> name.contains(codeOf(OUTSIDE)));
        try (var employee = signedIn.as(DemoOrganisation.EMPLOYEE)) {
            assertThatThrownBy(() -> archives.exportCertificates(ReportFilter.none(), new ByteArrayOutputStream()))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void the_evidence_pack_holds_every_part_and_its_manifest_verifies() throws Exception {
        LocalDate today = LocalDate.now();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var auditor = signedIn.as(DemoOrganisation.AUDITOR)) {
            archives.evidencePack(EvidenceScope.of(MODULE, new Period(today.minusDays(30), today)), out);
        }
        Map<String, byte[]> files = unzip(out.toByteArray());

        assertThat(files.keySet()).contains("README.txt", "population.csv", "assignment-rules.csv",
                "completions.csv", "exceptions.csv", ManifestZip.MANIFEST)
                .anyMatch(name -> name.startsWith("content/") && name.endsWith(".md"));
        assertThat(verifyManifest(files)).hasSize(files.size() - 1);
        List<CSVRecord> population = csv(files.get("population.csv"));
        long held = jdbc.sql("""
                SELECT COUNT(DISTINCT employee_id) FROM assignment_cycle
                WHERE module_id = ? AND (ended_at IS NULL OR ended_at >= ?)""")
                .params(MODULE, java.sql.Timestamp.from(new Period(today.minusDays(30), today).start()))
                .query(Long.class).single();
        assertThat(population).as("everyone with a cycle open at some time in the period").hasSize((int) held);
        assertThat(csv(files.get("completions.csv"))).extracting(r -> r.get("name"))
                .contains("Noah Johnson", "Yuki Tanaka");
        assertThat(csv(files.get("assignment-rules.csv"))).extracting(r -> r.get("module_id")).contains(MODULE);
        String everything = new String(files.get("population.csv"), StandardCharsets.UTF_8)
                + new String(files.get("completions.csv"), StandardCharsets.UTF_8);
        assertThat(everything).as("no e-mail addresses").doesNotContain("@example.com");
        String source = files.entrySet().stream().filter(f -> f.getKey().startsWith("content/")).findFirst()
                .map(f -> new String(f.getValue(), StandardCharsets.UTF_8)).orElseThrow();
        assertThat(source).contains("id: " + MODULE);
    }

    /**
     * Three people of their own on a module of its own: one passes (no exception), one is exempted today, one is
     * nine days past the due date. exceptions.csv holds exactly the exemption and the overdue stretch.
     */
    @Test
    void exceptions_csv_lists_the_exemption_and_the_overdue_days_of_the_period_and_nothing_else() throws Exception {
        String unique = Long.toString(System.nanoTime(), 36);
        String module = "exceptions-" + unique;
        String department = "Exceptions " + unique;
        List<String> people = List.of("X" + unique + "-done", "X" + unique + "-excused", "X" + unique + "-late");
        TestContent.writeModule(module, TestContent.yearlyQuiz(module, "Exceptions " + unique, "1.0.0"));
        try (var author = signedIn.as(DemoOrganisation.AUTHOR)) {
            content.reload();
        }
        staff(people.stream().map(number -> row(number, department, true)).toList());
        people.forEach(signedIn::givePassword);
        LocalDate today = LocalDate.now();
        LocalDate due = today.minusDays(9);
        try {
            try (var hr = signedIn.as(DemoOrganisation.HR)) {
                assignments.assign(new AssignmentRequest(module, new Audience(Audience.Type.EMPLOYEES, people),
                        null, 30, null));
            }
            quizzes.pass(emailOf(people.get(0)), module);
            try (var hr = signedIn.as(DemoOrganisation.HR)) {
                assertThat(allowances.exempt(idOf(people.get(1)), module, "On parental leave")).isEmpty();
            }
            jdbc.sql("""
                    UPDATE assignment a JOIN employee e ON e.id = a.employee_id
                    JOIN assignment_cycle c ON c.id = a.cycle_id
                    SET a.due_date = ?, c.due_date = ?
                    WHERE a.module_id = ? AND e.employee_number = ?""")
                    .params(due, due, module, people.get(2)).update();
            String hrNumber = jdbc.sql("SELECT employee_number FROM employee WHERE email = ?")
                    .param(DemoOrganisation.HR).query(String.class).single();

            Map<String, byte[]> files = packAs(DemoOrganisation.AUDITOR,
                    EvidenceScope.of(module, new Period(today.minusDays(30), today)));

            assertThat(new String(files.get("exceptions.csv"), StandardCharsets.UTF_8).lines().toList())
                    .containsExactly(
                            "employee_id,name,kind,due_date,first_day,last_day,days,exempt_reason,decided_by",
                            String.join(",", people.get(1), nameOf(people.get(1)), "EXEMPTED",
                                    today.plusDays(30).toString(), today.toString(), today.toString(), "1",
                                    "On parental leave", hrNumber),
                            String.join(",", people.get(2), nameOf(people.get(2)), "OVERDUE", due.toString(),
                                    due.plusDays(1).toString(), today.toString(), "9", "", ""));
        } finally {
            staff(people.stream().map(number -> row(number, department, false)).toList());
        }
    }

    private void staff(List<String> rows) {
        try (var hr = signedIn.as(DemoOrganisation.HR)) {
            imports.importStaffList(StaffLists.file(rows), ImportMode.PARTIAL);
        }
    }

    private static String row(String number, String department, boolean active) {
        return StaffLists.row(number, emailOf(number), nameOf(number), department, "", "", "en", "2024-01-02",
                active);
    }

    private static String emailOf(String number) {
        return number.toLowerCase() + "@exceptions.example.com";
    }

    private static String nameOf(String number) {
        return "Person " + number;
    }

    private EmployeeId idOf(String number) {
        return new EmployeeId(jdbc.sql("SELECT id FROM employee WHERE employee_number = ?").param(number)
                .query(Long.class).single());
    }

    @Test
    void an_evidence_pack_for_one_department_holds_only_the_people_placed_there() throws Exception {
        LocalDate today = LocalDate.now();
        Period period = new Period(today.minusMonths(12), today);
        Map<String, byte[]> everyone = packAs(DemoOrganisation.HR, EvidenceScope.of(MODULE, period));
        Map<String, byte[]> marketing = packAs(DemoOrganisation.HR, new EvidenceScope(MODULE, "Marketing", period));
        List<String> marketingPeople = jdbc.sql("""
                SELECT e.employee_number FROM employee e JOIN department d ON d.id = e.department_id
                WHERE d.name = 'Marketing'""").query(String.class).list();

        List<CSVRecord> population = csv(marketing.get("population.csv"));
        assertThat(population).isNotEmpty().allSatisfy(r -> assertThat(r.get("department")).isEqualTo("Marketing"));
        assertThat(population).hasSize((int) csv(everyone.get("population.csv")).stream()
                .filter(r -> r.get("department").equals("Marketing")).count());
        for (String file : List.of("cycles.csv", "completions.csv", "exceptions.csv")) {
            assertThat(csv(marketing.get(file))).as(file).allSatisfy(r ->
                    assertThat(marketingPeople).contains(r.get("employee_id")));
        }
        assertThat(csv(marketing.get("completions.csv"))).extracting(r -> r.get("name")).contains("Yuki Tanaka")
                .doesNotContain("Noah Johnson");
        assertThat(marketing.get("assignment-rules.csv")).as("the rules are the module's, whoever they reach")
                .isEqualTo(everyone.get("assignment-rules.csv"));
        assertThat(new String(marketing.get("README.txt"), StandardCharsets.UTF_8))
                .contains("Department: Marketing (the people placed there at the end of the period)");
        assertThat(new String(everyone.get("README.txt"), StandardCharsets.UTF_8)).doesNotContain("Department:");
        assertThat(verifyManifest(marketing)).hasSize(marketing.size() - 1);
    }

    @Test
    void an_evidence_pack_of_every_module_holds_each_modules_pack_in_a_folder() throws Exception {
        LocalDate today = LocalDate.now();
        Period period = new Period(today.minusMonths(12), today);
        Map<String, byte[]> all = packAs(DemoOrganisation.AUDITOR, new EvidenceScope(null, null, period));
        List<String> modules = jdbc.sql("""
                SELECT DISTINCT module_id FROM assignment_cycle WHERE ended_at IS NULL OR ended_at >= ?
                ORDER BY module_id""").param(java.sql.Timestamp.from(period.start())).query(String.class).list();

        assertThat(modules).contains(MODULE, "customer-data-acceptable-use");
        assertThat(all.keySet()).contains("README.txt", ManifestZip.MANIFEST);
        assertThat(all.keySet().stream().filter(name -> name.endsWith("/population.csv")))
                .containsExactlyElementsOf(modules.stream().map(m -> m + "/population.csv").toList());
        Map<String, byte[]> one = packAs(DemoOrganisation.AUDITOR, EvidenceScope.of(MODULE, period));
        one.forEach((name, bytes) -> {
            if (!name.equals(ManifestZip.MANIFEST)) {
                assertThat(all.get(MODULE + "/" + name)).as("the folder's " + name + " is the module's own")
                        .isEqualTo(bytes);
            }
        });
        assertThat(new String(all.get("README.txt"), StandardCharsets.UTF_8)).contains("  " + MODULE + "/\n");
        assertThat(verifyManifest(all)).hasSize(all.size() - 1);
    }

    private Map<String, byte[]> packAs(String email, EvidenceScope scope) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var session = signedIn.as(email)) {
            archives.evidencePack(scope, out);
        }
        return unzip(out.toByteArray());
    }

    @Test
    void managers_and_employees_get_no_evidence_pack() {
        Period period = new Period(LocalDate.now().minusDays(1), LocalDate.now());
        for (String email : List.of(DemoOrganisation.MANAGER, DemoOrganisation.EMPLOYEE)) {
            try (var session = signedIn.as(email)) {
                assertThatThrownBy(() -> archives.evidencePack(EvidenceScope.of(MODULE, period), new ByteArrayOutputStream()))
                        .isInstanceOf(AccessDeniedException.class);
            }
        }
    }

    static List<CSVRecord> csv(byte[] file) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(file, StandardCharsets.UTF_8))).getRecords();
    }
}

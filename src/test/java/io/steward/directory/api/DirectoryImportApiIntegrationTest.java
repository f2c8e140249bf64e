package io.steward.directory.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.base.ApiScope;
import io.steward.demo.DemoOrganisation;
import io.steward.directory.importing.DirectoryImportService;
import io.steward.directory.importing.ImportMode;
import io.steward.security.ApiTokenService;
import io.steward.support.IntegrationTest;
import io.steward.support.SignedIn;
import io.steward.support.StaffLists;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class DirectoryImportApiIntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private SignedIn signedIn;
    @Autowired
    private DirectoryImportService imports;
    @Autowired
    private ApiTokenService tokens;
    @Autowired
    private JsonMapper json;

    private List<String> original;
    private String unique;

    @BeforeEach
    void rememberTheDirectory() {
        original = StaffLists.currentRows(jdbc);
        unique = Long.toString(System.nanoTime(), 36);
    }

    @AfterEach
    void putTheDirectoryBack() {
        try (var hr = signedIn.as(DemoOrganisation.HR)) {
            imports.importStaffList(StaffLists.file(original), ImportMode.FULL);
        }
    }

    private HttpResponse<String> post(String query, String authorization, String contentType, byte[] body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/directory/import" + query))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postCsv(String query, String token, byte[] body) throws Exception {
        return post(query, "Bearer " + token, "text/csv", body);
    }

    private String newcomer(String suffix) {
        return StaffLists.row("A" + unique + suffix, "a" + unique + suffix + "@example.com", "API Newcomer " + suffix,
                "Engineering", "E1003", "", "en", "2026-03-01", true);
    }

    @Test
    void without_a_token_the_answer_is_401_with_a_bearer_challenge() throws Exception {
        HttpResponse<String> response = post("", null, "text/csv", StaffLists.file(original));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"steward\"");
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("Set-Cookie")).as("the API keeps no session").isEmpty();
    }

    @Test
    void an_unknown_or_malformed_token_is_401() throws Exception {
        assertThat(postCsv("", "stw_not-a-real-token", StaffLists.file(original)).statusCode()).isEqualTo(401);
        HttpResponse<String> basic = post("", "Basic aHI6c3Rld2FyZA==", "text/csv", StaffLists.file(original));
        assertThat(basic.statusCode()).isEqualTo(401);
        assertThat(basic.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                value -> assertThat(value).contains("invalid_token"));
    }

    @Test
    void a_token_without_the_import_scope_is_403() throws Exception {
        String reportsOnly;
        try (var hr = signedIn.as(DemoOrganisation.HR)) {
            reportsOnly = tokens.create("reports only " + unique, EnumSet.of(ApiScope.REPORTS)).token();
        }

        HttpResponse<String> response = postCsv("", reportsOnly, StaffLists.file(original));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(json.readTree(response.body()).get("status").asInt()).isEqualTo(403);
    }

    @Test
    void a_revoked_token_is_401() throws Exception {
        try (var hr = signedIn.as(DemoOrganisation.HR)) {
            ApiTokenService.NewApiToken token = tokens.create("revoked " + unique, EnumSet.of(ApiScope.IMPORT));
            tokens.revoke(token.id());

            assertThat(postCsv("?dryRun=true", token.token(), StaffLists.file(original)).statusCode())
                    .isEqualTo(401);
        }
    }

    @Test
    void a_file_with_problems_is_422_with_every_problem_and_changes_nothing() throws Exception {
        List<String> rows = new ArrayList<>(original);
        rows.add(StaffLists.row("B" + unique, "no-at-sign", "Bad Email", "", "", "", "en", "", true));
        rows.add(StaffLists.row("C" + unique, "c" + unique + "@example.com", "Bad Date", "", "", "", "en",
                "2026-13-01", true));
        int employees = count();

        HttpResponse<String> response = postCsv("", DemoOrganisation.API_TOKEN, StaffLists.file(rows));

        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("title").asString()).isEqualTo("The staff list was not imported");
        JsonNode problems = body.get("problems");
        assertThat(problems.size()).isEqualTo(2);
        assertThat(problems.get(0).get("line").asInt()).isEqualTo(rows.size());
        assertThat(problems.get(0).get("column").asString()).isEqualTo("email");
        assertThat(problems.get(0).get("code").asString()).isEqualTo("BAD_EMAIL");
        assertThat(problems.get(0).get("message").asString()).isEqualTo("\"no-at-sign\" is not an email address.");
        assertThat(problems.get(1).get("line").asInt()).isEqualTo(rows.size() + 1);
        assertThat(problems.get(1).get("column").asString()).isEqualTo("hire_date");
        assertThat(count()).isEqualTo(employees);
    }

    @Test
    void a_good_file_is_200_with_the_changes_and_the_new_people_invited_but_no_link_in_the_answer()
            throws Exception {
        List<String> rows = new ArrayList<>(original);
        rows.add(newcomer("1"));

        HttpResponse<String> response = postCsv("", DemoOrganisation.API_TOKEN, StaffLists.file(rows));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("dryRun").asBoolean()).isFalse();
        assertThat(body.get("counts").get("created").asInt()).isEqualTo(1);
        assertThat(body.get("counts").get("unchanged").asInt()).isEqualTo(original.size());
        assertThat(body.get("counts").get("invited").asInt()).isEqualTo(1);
        assertThat(body.get("created").get(0).get("employeeId").asString()).isEqualTo("A" + unique + "1");
        assertThat(response.body()).as("a set-password link never goes to a token").doesNotContain("invitation/")
                .doesNotContain("invitations");
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM invitation i JOIN employee e ON e.id = i.employee_id
                WHERE e.employee_number = ?""").param("A" + unique + "1").query(Integer.class).single())
                .as("the invitation exists, for its person's mail").isOne();
        assertThat(jdbc.sql("SELECT last_used_at IS NOT NULL FROM api_token WHERE name = 'Demo provisioning script'")
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void a_token_cannot_make_anyone_hr_or_auditor_and_the_answer_names_each_row() throws Exception {
        int employees = count();
        List<String> rows = new ArrayList<>(original);
        rows.add(newcomer("1").replace(",,en,", ",HR,en,"));
        rows.add(newcomer("2").replace(",,en,", ",MANAGER;AUDITOR,en,"));
        rows.replaceAll(r -> r.startsWith("E1030,") ? StaffLists.withRoles(r, "EMPLOYEE;HR") : r);

        HttpResponse<String> response = postCsv("", DemoOrganisation.API_TOKEN, StaffLists.file(rows));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        JsonNode problems = json.readTree(response.body()).get("problems");
        List<String> found = new ArrayList<>();
        problems.forEach(p -> found.add(p.get("line").asInt() + " " + p.get("column").asString() + " "
                + p.get("code").asString() + " " + p.get("message").asString()));
        int e1030 = 2 + rows.indexOf(rows.stream().filter(r -> r.startsWith("E1030,")).findFirst().orElseThrow());
        assertThat(found).containsExactlyInAnyOrder(
                e1030 + " roles PRIVILEGED_ROLE " + privileged("HR"),
                (rows.size()) + " roles PRIVILEGED_ROLE " + privileged("HR"),
                (rows.size() + 1) + " roles PRIVILEGED_ROLE " + privileged("AUDITOR"));
        assertThat(count()).as("nothing was imported").isEqualTo(employees);
    }

    private static String privileged(String role) {
        return "A staff list may not grant " + role + ": it is switched off (steward.import.grant-privileged-roles). "
                + "Leave " + role + " out for people who do not have it yet; see docs/security.md.";
    }

    @Test
    void a_dry_run_reports_the_changes_and_changes_nothing() throws Exception {
        int employees = count();

        HttpResponse<String> response = postCsv("?dryRun=true&mode=partial", DemoOrganisation.API_TOKEN,
                StaffLists.file(List.of(newcomer("2"))));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("dryRun").asBoolean()).isTrue();
        assertThat(body.get("created").get(0).get("displayName").asString()).isEqualTo("API Newcomer 2");
        assertThat(body.get("counts").get("deactivated").asInt()).as("partial: nobody else is touched").isZero();
        assertThat(count()).isEqualTo(employees);
    }

    @Test
    void other_content_types_and_unknown_modes_are_refused_as_problem_details() throws Exception {
        assertThat(post("", "Bearer " + DemoOrganisation.API_TOKEN, "application/json", "{}".getBytes())
                .statusCode()).isEqualTo(415);
        HttpResponse<String> badMode = postCsv("?mode=everything", DemoOrganisation.API_TOKEN,
                StaffLists.file(original));
        assertThat(badMode.statusCode()).isEqualTo(400);
        assertThat(json.readTree(badMode.body()).get("detail").asString()).contains("mode must be");
    }

    private int count() {
        return jdbc.sql("SELECT COUNT(*) FROM employee").query(Integer.class).single();
    }
}

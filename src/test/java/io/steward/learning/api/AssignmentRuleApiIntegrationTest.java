package io.steward.learning.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.base.ApiScope;
import io.steward.demo.DemoOrganisation;
import io.steward.security.ApiTokenService;
import io.steward.support.IntegrationTest;
import io.steward.support.SignedIn;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class AssignmentRuleApiIntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private SignedIn signedIn;
    @Autowired
    private ApiTokenService tokens;
    @Autowired
    private JsonMapper json;

    private HttpResponse<String> post(String authorization, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/assignment-rules"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private int rules() {
        return jdbc.sql("SELECT COUNT(*) FROM assignment_rule").query(Integer.class).single();
    }

    @Test
    void a_valid_rule_is_201_with_the_rule_and_where_to_read_it() throws Exception {
        HttpResponse<String> response = post("Bearer " + DemoOrganisation.API_TOKEN, """
                {"module": "data-ethics-accountability",
                 "audience": {"type": "departments", "values": ["Customer Support"]},
                 "dueInDays": 30,
                 "recertification": {"type": "calendar", "opens": "10-01", "due": "01-31"}}""");

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode rule = json.readTree(response.body());
        assertThat(rule.get("module").asString()).isEqualTo("data-ethics-accountability");
        assertThat(rule.get("audience").get("type").asString()).isEqualTo("departments");
        assertThat(rule.get("dueInDays").asInt()).isEqualTo(30);
        assertThat(rule.get("recertification").get("opens").asString()).isEqualTo("10-01");
        int supportPeople = jdbc.sql("""
                SELECT COUNT(*) FROM employee e JOIN department d ON d.id = e.department_id
                WHERE d.name = 'Customer Support' AND e.active""").query(Integer.class).single();
        assertThat(rule.get("assignments").asLong()).isBetween(1L, (long) supportPeople);
        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith("/api/v1/assignment-rules/" + rule.get("id").asLong());

        HttpResponse<String> readBack = HTTP.send(HttpRequest.newBuilder(URI.create(location))
                .header("Authorization", "Bearer " + DemoOrganisation.API_TOKEN).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(readBack.statusCode()).isEqualTo(200);
        assertThat(json.readTree(readBack.body()).get("recertification").get("due").asString()).isEqualTo("01-31");

        long ruleId = rule.get("id").asLong();
        assertThat(jdbc.sql("""
                SELECT e.email FROM assignment_rule r JOIN employee e ON e.id = r.created_by WHERE r.id = ?""")
                .param(ruleId).query(String.class).single()).as("the token owner made the rule")
                .isEqualTo(DemoOrganisation.HR);
        long tokenId = jdbc.sql("SELECT id FROM api_token WHERE name = 'Demo provisioning script'").query(Long.class)
                .single();
        String ownerPseudonym = jdbc.sql("""
                SELECT p.pseudonym FROM audit_pseudonym p JOIN employee e ON e.id = p.employee_id WHERE e.email = ?""")
                .param(DemoOrganisation.HR).query(String.class).single();
        assertThat(jdbc.sql("""
                SELECT actor FROM audit_entry WHERE action = 'ASSIGNMENT_CREATED' AND detail LIKE ?
                ORDER BY id DESC LIMIT 1""").param("rule=" + ruleId + " %").query(String.class).single())
                .as("the token and its owner are the actor, not 'system'")
                .isEqualTo("token:" + tokenId + " \"Demo provisioning script\" of " + ownerPseudonym);
    }

    @Test
    void a_bad_rule_is_422_naming_every_field_at_fault_and_makes_nothing() throws Exception {
        int before = rules();

        HttpResponse<String> response = post("Bearer " + DemoOrganisation.API_TOKEN, """
                {"module": "no-such-module",
                 "audience": {"type": "departments", "values": ["Customer Support", "Astrology"]},
                 "dueInDays": 30, "dueDate": "%s", "colour": "blue"}""".formatted(LocalDate.now().plusDays(9)));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(problems(response)).containsExactlyInAnyOrder(
                "colour unexpected", "module module", "dueInDays/dueDate/dueDaysAfterHire due",
                "audience.values unknown.departments");
        assertThat(rules()).isEqualTo(before);
    }

    @Test
    void values_of_the_wrong_shape_are_422_each_with_its_field() throws Exception {
        HttpResponse<String> response = post("Bearer " + DemoOrganisation.API_TOKEN, """
                {"module": "transparency",
                 "audience": {"type": "planets", "values": []},
                 "dueDate": "2026-02-30",
                 "recertification": {"type": "calendar", "opens": "13-01"}}""");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(problems(response)).containsExactlyInAnyOrder(
                "audience.type audienceType", "dueDate expected.date", "recertification.opens expected.monthDay",
                "recertification.due required");
    }

    @Test
    void neither_due_field_and_a_negative_number_of_days_are_refused() throws Exception {
        String rule = """
                {"module": "transparency", "audience": {"type": "everyone"}%s}""";

        assertThat(problems(post("Bearer " + DemoOrganisation.API_TOKEN, rule.formatted(""))))
                .containsExactly("dueInDays/dueDate/dueDaysAfterHire due");
        assertThat(problems(post("Bearer " + DemoOrganisation.API_TOKEN, rule.formatted(", \"dueInDays\": -3"))))
                .containsExactly("dueInDays dueInDays");
    }

    @Test
    void malformed_json_is_400() throws Exception {
        HttpResponse<String> response = post("Bearer " + DemoOrganisation.API_TOKEN, "{\"module\": ");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json.readTree(response.body()).get("detail").asString()).startsWith("The body is not valid JSON");
    }

    @Test
    void a_token_without_the_import_scope_is_403_and_no_token_is_401() throws Exception {
        String reportsOnly;
        try (var hr = signedIn.as(DemoOrganisation.HR)) {
            reportsOnly = tokens.create("rules reports only " + System.nanoTime(), EnumSet.of(ApiScope.REPORTS))
                    .token();
        }
        String body = """
                {"module": "transparency", "audience": {"type": "everyone"}, "dueInDays": 10}""";
        int before = rules();

        assertThat(post("Bearer " + reportsOnly, body).statusCode()).isEqualTo(403);
        assertThat(post(null, body).statusCode()).isEqualTo(401);
        assertThat(rules()).isEqualTo(before);
    }

    /** Each problem as "field code". */
    private List<String> problems(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(422);
        List<String> problems = new ArrayList<>();
        for (JsonNode problem : json.readTree(response.body()).get("problems").values()) {
            assertThat(problem.get("message").asString()).isNotBlank();
            problems.add(problem.get("field").asString() + " " + problem.get("code").asString());
        }
        return problems;
    }
}

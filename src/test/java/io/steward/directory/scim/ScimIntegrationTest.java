package io.steward.directory.scim;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.base.ApiScope;
import io.steward.demo.DemoOrganisation;
import io.steward.security.ApiTokenService;
import io.steward.support.IntegrationTest;
import io.steward.support.SignedIn;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * SCIM 2.0 against the real server with a real API token: the request sequences Entra ID and Okta document for
 * their provisioning (find, create, update, manager, deactivate, reactivate), written from their public
 * documentation, and the answers to what Steward refuses.
 */
@IntegrationTest
class ScimIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    private int port;
    @Autowired
    private ApiTokenService tokens;
    @Autowired
    private SignedIn signedIn;
    @Autowired
    private JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();
    private final String unique = Long.toString(System.nanoTime(), 36);
    private String token;

    @BeforeEach
    void scimToken() {
        try (var hr = signedIn.as(DemoOrganisation.HR)) {
            token = tokens.create("SCIM " + unique, EnumSet.of(ApiScope.SCIM)).token();
        }
    }

    @Test
    void entra_id_creates_updates_gives_a_manager_disables_and_deletes_a_user() throws Exception {
        String externalId = "0a21f0f2-8d2a-4f8e-bf98-" + unique;
        String userName = "Test_User_" + unique;
        String email = "test.user." + unique + "@testuser.example";

        JsonNode none = send("GET", "/Users?filter=" + encode("userName eq \"" + userName + "\""), null, 200);
        assertThat(none.get("totalResults").asInt()).isZero();

        JsonNode created = send("POST", "/Users", """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User",
                            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
                 "externalId":"%s","userName":"%s","active":true,
                 "emails":[{"primary":true,"type":"work","value":"%s"}],
                 "meta":{"resourceType":"User"},
                 "name":{"formatted":"givenName familyName","familyName":"familyName","givenName":"givenName"},
                 "roles":[]}""".formatted(externalId, userName, email), 201);
        String id = created.get("id").asString();
        assertThat(created.get("userName").asString()).isEqualTo(email);
        assertThat(created.get("externalId").asString()).isEqualTo(externalId);
        assertThat(row(id)).isEqualTo(externalId + " " + email + " givenName familyName true");
        assertThat(send("GET", "/Users?filter=" + encode("externalId eq \"" + externalId + "\""), null, 200)
                .get("Resources").get(0).get("id").asString()).isEqualTo(id);

        send("PATCH", "/Users/" + id, """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations":[{"op":"Replace","path":"emails[type eq \\"work\\"].value","value":"updated.%s"},
                               {"op":"Replace","path":"displayName","value":"Updated Name"}]}""".formatted(email), 200);
        assertThat(row(id)).isEqualTo(externalId + " updated." + email + " Updated Name true");

        String manager = jdbc.sql("SELECT id FROM employee WHERE email = ?").param(DemoOrganisation.MANAGER)
                .query(String.class).single();
        JsonNode managed = send("PATCH", "/Users/" + id, """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations":[{"op":"Add",
                                "path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager",
                                "value":"%s"}]}""".formatted(manager), 200);
        assertThat(managed.get("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User").get("manager")
                .get("value").asString()).isEqualTo(manager);

        send("PATCH", "/Users/" + id, """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations":[{"op":"Replace","path":"active","value":"False"}]}""", 200);
        assertThat(row(id)).endsWith(" false");

        send("DELETE", "/Users/" + id, null, 204);
        assertThat(row(id)).as("deactivated, never deleted").endsWith(" false");
    }

    @Test
    void okta_creates_replaces_deactivates_and_reactivates_a_user() throws Exception {
        String email = "test.user." + unique + "@okta.example";
        send("GET", "/Users?filter=" + encode("userName eq \"" + email + "\"") + "&startIndex=1&count=100", null, 200);

        JsonNode created = send("POST", "/Users", """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],
                 "userName":"%s","name":{"givenName":"Test","familyName":"User"},
                 "emails":[{"primary":true,"value":"%s","type":"work"}],
                 "displayName":"Test User","locale":"en-US","externalId":"00ujl29u%s",
                 "groups":[],"password":"1mz050nq","active":true}""".formatted(email, email, unique), 201);
        String id = created.get("id").asString();
        assertThat(send("GET", "/Users/" + id, null, 200).get("locale").asString()).isEqualTo("en-US");

        JsonNode replaced = send("PUT", "/Users/" + id, """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"id":"%s",
                 "userName":"%s","name":{"givenName":"Another","familyName":"User"},
                 "emails":[{"primary":true,"value":"%s","type":"work"}],
                 "displayName":"Another User","locale":"en-US","externalId":"00ujl29u%s",
                 "groups":[],"active":true}""".formatted(id, email, email, unique), 200);
        assertThat(replaced.get("displayName").asString()).isEqualTo("Another User");

        send("PATCH", "/Users/" + id, """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations":[{"op":"replace","value":{"active":false}}]}""", 200);
        assertThat(row(id)).endsWith(" false");
        send("PATCH", "/Users/" + id, """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations":[{"op":"replace","value":{"active":true}}]}""", 200);
        assertThat(row(id)).endsWith(" true");
    }

    @Test
    void what_steward_refuses_is_a_scim_error_naming_every_problem_and_changes_nothing() throws Exception {
        long before = people();
        JsonNode error = send("POST", "/Users", """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"displayName":"No One"}""", 400);
        assertThat(error.get("schemas").get(0).asString()).isEqualTo("urn:ietf:params:scim:api:messages:2.0:Error");
        assertThat(error.get("scimType").asString()).isEqualTo("invalidValue");
        assertThat(error.get("detail").asString()).contains("userName").contains("externalId");

        JsonNode badEmail = send("POST", "/Users", """
                {"userName":"not-an-address","externalId":"X%s","displayName":"No One",
                 "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"manager":{"value":"999999999"}}}"""
                .formatted(unique), 400);
        assertThat(badEmail.get("detail").asString()).contains("manager");

        String taken = DemoOrganisation.EMPLOYEE;
        assertThat(send("POST", "/Users", """
                {"userName":"%s","externalId":"Y%s","displayName":"Someone Else"}""".formatted(taken, unique), 409)
                .get("scimType").asString()).isEqualTo("uniqueness");
        assertThat(people()).as("nothing was created").isEqualTo(before);

        assertThat(send("GET", "/Users/123456789", null, 404).get("status").asString()).isEqualTo("404");
        assertThat(send("GET", "/Users?filter=" + encode("name.familyName co \"x\""), null, 400).get("scimType")
                .asString()).isEqualTo("invalidFilter");
    }

    @Test
    void a_manager_cycle_is_refused_as_the_staff_list_would_refuse_it() throws Exception {
        String managerId = jdbc.sql("SELECT id FROM employee WHERE email = ?").param(DemoOrganisation.MANAGER)
                .query(String.class).single();
        String reportId = jdbc.sql("SELECT id FROM employee WHERE email = 'tom.fischer@example.com'")
                .query(String.class).single();

        JsonNode error = send("PATCH", "/Users/" + managerId, """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations":[{"op":"replace",
                                "path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager",
                                "value":"%s"}]}""".formatted(reportId), 400);

        assertThat(error.get("detail").asString()).containsIgnoringCase("manager");
        assertThat(jdbc.sql("SELECT manager_id FROM employee WHERE id = ?").param(Long.parseLong(managerId))
                .query(String.class).single()).as("unchanged").isNotEqualTo(reportId);
    }

    @Test
    void the_service_provider_says_what_it_supports_and_other_tokens_are_refused() throws Exception {
        JsonNode config = send("GET", "/ServiceProviderConfig", null, 200);
        assertThat(config.get("patch").get("supported").asBoolean()).isTrue();
        assertThat(config.get("bulk").get("supported").asBoolean()).isFalse();
        assertThat(send("GET", "/ResourceTypes", null, 200).get("Resources").get(0).get("endpoint").asString())
                .isEqualTo("/Users");
        assertThat(send("GET", "/Schemas", null, 200).get("totalResults").asInt()).isEqualTo(2);

        String reportsOnly;
        try (var hr = signedIn.as(DemoOrganisation.HR)) {
            reportsOnly = tokens.create("reports " + unique, EnumSet.of(ApiScope.REPORTS)).token();
        }
        HttpResponse<String> refused = http.send(request("GET", "/Users", null, reportsOnly),
                HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(refused.body()).get("schemas").get(0).asString())
                .isEqualTo("urn:ietf:params:scim:api:messages:2.0:Error");
        assertThat(http.send(request("GET", "/Users", null, null), HttpResponse.BodyHandlers.ofString())
                .statusCode()).isEqualTo(401);
    }

    private JsonNode send(String method, String path, String body, int expected) throws Exception {
        HttpResponse<String> response = http.send(request(method, path, body, token),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(expected);
        return response.body().isEmpty() ? null : JSON.readTree(response.body());
    }

    private HttpRequest request(String method, String path, String body, String bearer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/scim/v2" + path))
                .header("Accept", "application/scim+json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/scim+json");
        }
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return request.build();
    }

    private String row(String id) {
        return jdbc.sql("SELECT CONCAT_WS(' ', employee_number, email, display_name, IF(active, 'true', 'false')) "
                + "FROM employee WHERE id = ?").param(Long.parseLong(id)).query(String.class).single();
    }

    private long people() {
        return jdbc.sql("SELECT COUNT(*) FROM employee").query(Long.class).single();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

package io.steward.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.demo.DemoOrganisation;
import io.steward.support.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An API token opens the API and nothing else: a path under {@code /api/} that no endpoint answers is a plain
 * 404, never a screen of the UI, whatever the request looks like; tested with a real token on the real server.
 */
@IntegrationTest
class ApiBoundaryIntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;

    private HttpResponse<String> send(String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/people", "/api/retention", "/api/api-tokens", "/api/assignments", "/api/",
            "/api/v1/nothing-here", "/api/VAADIN/build/x.js", "/api/people?v-r=init"})
    void a_valid_token_on_a_path_no_endpoint_answers_gets_a_plain_404(String path) throws Exception {
        HttpResponse<String> response = send("GET", path, DemoOrganisation.API_TOKEN, null);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("No API endpoint answers this path.")
                .doesNotContainIgnoringCase("<html").doesNotContain("Vaadin.Flow").doesNotContain("Exception");
    }

    @ParameterizedTest
    @ValueSource(strings = {"people", "retention", "api-tokens", "assignments"})
    void a_ui_navigation_posted_under_the_api_with_a_token_reaches_no_screen(String view) throws Exception {
        String navigation = """
                {"csrfToken":"x","rpc":[{"type":"navigation","location":"%s","state":{"href":"%s"}}],
                 "syncId":0,"clientId":0}""".formatted(view, view);

        HttpResponse<String> response = send("POST", "/api/" + view + "?v-r=uidl&v-uiId=0",
                DemoOrganisation.API_TOKEN, navigation);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("No API endpoint answers this path.").doesNotContain("Exception")
                .doesNotContain("syncId");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/people", "/api/v1/nothing-here"})
    void without_a_token_the_api_answers_401_before_anything_else(String path) throws Exception {
        HttpResponse<String> response = send("GET", path, null, null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).doesNotContainIgnoringCase("<html");
    }
}

package io.steward.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.content.domain.ModuleVersionStore;
import io.steward.support.IntegrationTest;
import io.steward.support.TestSettings;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

@IntegrationTest
class ContentAssetIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    ModuleVersionStore store;

    @Autowired
    Clock clock;

    @TempDir
    Path folder;

    @Test
    void assets_need_a_sign_in() throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/content-assets/chart.png")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isIn(302, 401);
        assertThat(response.body()).doesNotContain("PNG");
    }

    @Test
    void only_plain_files_inside_assets_are_served() throws IOException {
        Files.createDirectories(folder.resolve("assets"));
        Files.write(folder.resolve("assets/chart.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Files.writeString(folder.resolve("secret.png"), "outside assets");
        Files.writeString(folder.resolve("assets/page.html"), "<script>alert(1)</script>");
        ContentAssetController controller = new ContentAssetController(new Catalogue(
                TestSettings.bind(ContentProperties.class, "steward.content.dir", folder.toString()), store, clock));

        assertThat(controller.asset("chart.png").getHeaders().getContentType()).isEqualTo(MediaType.IMAGE_PNG);
        assertThat(controller.asset("chart.png").getHeaders().getCacheControl()).contains("private");
        for (String attempt : new String[] {"../secret.png", "..%2Fsecret.png", ".hidden.png", "page.html", "none.png"}) {
            assertThat(controller.asset(attempt).getStatusCode()).as(attempt).isEqualTo(HttpStatus.NOT_FOUND);
        }
    }
}

package io.steward.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.demo.DemoOrganisation;
import io.steward.support.IntegrationTest;
import io.steward.support.QuizTaker;
import io.steward.support.SignedIn;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class CertificateIntegrationTest {

    private static final String HOLDER = "amara.obi@example.com";

    @Autowired
    private QuizTaker quizzes;
    @Autowired
    private CertificateService certificates;
    @Autowired
    private SignedIn signedIn;
    @LocalServerPort
    private int port;

    private long completionId;
    private String code;

    @BeforeEach
    void completeAModule() {
        completionId = quizzes.pass(HOLDER, "transparency").completionId();
        try (var holder = signedIn.as(HOLDER)) {
            code = codeOf(certificates.myCertificate(completionId).orElseThrow());
        }
    }

    private static String codeOf(CertificateFile file) {
        return file.fileName().replaceAll(".*-([0-9A-Z]{5}(?:-[0-9A-Z]{5}){4})\\.pdf$", "$1");
    }

    @Test
    void the_holder_downloads_a_pdf_that_carries_the_code_and_nobody_else_can() throws IOException {
        try (var holder = signedIn.as(HOLDER)) {
            CertificateFile file = certificates.myCertificate(completionId).orElseThrow();
            try (PDDocument pdf = Loader.loadPDF(file.pdf())) {
                assertThat(new PDFTextStripper().getText(pdf)).contains(code, "Amara Obi", "/verify/" + code);
            }
        }
        try (var other = signedIn.as(DemoOrganisation.EMPLOYEE)) {
            assertThat(certificates.myCertificate(completionId)).isEmpty();
        }
    }

    @Test
    void strangers_see_initials_and_the_holder_hr_and_the_manager_see_the_name() {
        assertThat(certificates.verify(code, "stranger").holder()).isEqualTo("A. O.");
        for (String viewer : List.of(HOLDER, DemoOrganisation.HR, "kenji.watanabe@example.com")) {
            try (var signed = signedIn.as(viewer)) {
                assertThat(certificates.verify(code, viewer).holder()).as(viewer).isEqualTo("Amara Obi");
            }
        }
        try (var unrelatedManager = signedIn.as("lena.novak@example.com")) {
            assertThat(certificates.verify(code, "lena").holder()).isEqualTo("A. O.");
        }
    }

    @Test
    void the_api_answers_json_for_a_code_and_404_for_an_unknown_one() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> known = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/v1/certificates/" + code.toLowerCase())).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> unknown = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/v1/certificates/AAAAA-AAAAA-AAAAA-AAAAA-AAAAA")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(known.statusCode()).isEqualTo(200);
        assertThat(known.headers().firstValue("content-type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
        assertThat(known.body()).contains("\"status\":\"VALID\"", "\"holder\":\"A. O.\"", "\"moduleId\":\"transparency\"")
                .doesNotContain("Amara");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("\"status\":\"UNKNOWN\"");
    }

    @Test
    void one_client_may_check_only_so_many_codes_a_minute() {
        for (int i = 0; i < 30; i++) {
            certificates.verify("AAAAA-AAAAA-AAAAA-AAAAA-AAAA" + (i % 10), "10.9.8.7");
        }
        assertThatThrownBy(() -> certificates.verify(code, "10.9.8.7")).isInstanceOf(TooManyRequestsException.class);
        assertThat(certificates.verify(code, "10.9.8.6").status()).isEqualTo(Verification.Status.VALID);
    }
}

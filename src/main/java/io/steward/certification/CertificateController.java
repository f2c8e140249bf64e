package io.steward.certification;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Certificate downloads for their holder, and the public verification API. */
@RestController
class CertificateController {

    private final CertificateService certificates;

    CertificateController(CertificateService certificates) {
        this.certificates = certificates;
    }

    @GetMapping("/certificates/{completionId}.pdf")
    ResponseEntity<byte[]> download(@PathVariable long completionId) {
        return certificates.myCertificate(completionId)
                .map(file -> ResponseEntity.ok()
                        .contentType(MediaType.APPLICATION_PDF)
                        .header(HttpHeaders.CONTENT_DISPOSITION,
                                ContentDisposition.attachment().filename(file.fileName()).build().toString())
                        .body(file.pdf()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping(value = "/api/v1/certificates/{code}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Verification> verify(@PathVariable String code, HttpServletRequest request) {
        Verification verification = certificates.verify(code, request.getRemoteAddr());
        return ResponseEntity.status(verification.status() == Verification.Status.UNKNOWN
                ? HttpStatus.NOT_FOUND : HttpStatus.OK).body(verification);
    }

    @ExceptionHandler(TooManyRequestsException.class)
    ResponseEntity<String> tooMany(TooManyRequestsException e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, "60")
                .contentType(MediaType.TEXT_PLAIN).body(e.getMessage());
    }
}

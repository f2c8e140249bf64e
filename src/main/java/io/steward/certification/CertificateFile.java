package io.steward.certification;

/** A certificate as a downloadable file. */
public record CertificateFile(String fileName, byte[] pdf) {
}

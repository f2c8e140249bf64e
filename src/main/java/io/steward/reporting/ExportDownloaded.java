package io.steward.reporting;

/**
 * An export was written out in full: {@code export} names it ({@code completions.csv},
 * {@code certificates.zip}, {@code evidence-pack.zip}, ...), {@code filters} what it was narrowed to, and
 * {@code rows} how many rows (or files) it held. Published in the exporting transaction.
 */
public record ExportDownloaded(String export, String filters, long rows) {
}

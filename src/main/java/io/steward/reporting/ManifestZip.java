package io.steward.reporting;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A ZIP written straight to a stream, one file at a time, that ends with {@code manifest.sha256}: each
 * file's SHA-256 in the format {@code sha256sum -c} checks. Nothing is held in memory but the hashes.
 */
final class ManifestZip {

    static final String MANIFEST = "manifest.sha256";

    private final ZipOutputStream zip;
    private final Map<String, String> hashes = new LinkedHashMap<>();

    ManifestZip(OutputStream out) {
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    }

    /** Writes one file; {@code content} writes to the stream it is given, which it must not close. */
    void add(String name, Content content) throws IOException {
        MessageDigest digest = sha256();
        zip.putNextEntry(new ZipEntry(name));
        OutputStream entry = new FilterOutputStream(zip) {
            @Override
            public void write(int b) throws IOException {
                digest.update((byte) b);
                zip.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                digest.update(b, off, len);
                zip.write(b, off, len);
            }

            @Override
            public void close() {
                // The entry is closed by the archive, not by whoever wrote it.
            }
        };
        content.writeTo(entry);
        entry.flush();
        zip.closeEntry();
        hashes.put(name, HexFormat.of().formatHex(digest.digest()));
    }

    void add(String name, byte[] bytes) throws IOException {
        add(name, out -> out.write(bytes));
    }

    /** How many files have been added (the manifest not counted). */
    int files() {
        return hashes.size();
    }

    /** Writes the manifest and ends the archive; the underlying stream stays open. */
    void finish() throws IOException {
        StringBuilder manifest = new StringBuilder();
        hashes.forEach((name, hash) -> manifest.append(hash).append("  ").append(name).append('\n'));
        zip.putNextEntry(new ZipEntry(MANIFEST));
        zip.write(manifest.toString().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        zip.finish();
        zip.flush();
    }

    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

package io.steward.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends entries to the hash chain. Must run inside the transaction of the change being recorded
 * (propagation MANDATORY), so the change and its entry commit or roll back together.
 */
@Component
public class AuditChain {

    public static final String GENESIS = "0".repeat(64);

    private final JdbcClient jdbc;

    AuditChain(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One entry as hashed: every field, in a fixed order, each prefixed with its length. */
    public record Entry(long id, Instant occurredAt, String actor, String action, String subject, String outcome,
            String detail, String previousHash) {

        public Entry {
            occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
        }

        public String hash() {
            StringBuilder canonical = new StringBuilder(256);
            for (String field : new String[] {Long.toString(id), occurredAt.toString(), actor, action, subject,
                    outcome, detail, previousHash}) {
                canonical.append(field.length()).append(':').append(field).append(';');
            }
            return sha256(canonical.toString());
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void append(Instant at, String actor, String action, String subject, String outcome, String detail) {
        // The head row lock orders concurrent appends; each waits for the one before to commit.
        var head = jdbc.sql("SELECT last_id, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).single();
        Entry entry = new Entry((long) head[0] + 1, at, actor, action, limit(subject, 200), outcome,
                limit(detail, 1000), (String) head[1]);
        String hash = entry.hash();
        jdbc.sql("""
                INSERT INTO audit_entry (id, occurred_at, actor, action, subject, outcome, detail, previous_hash, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(entry.id(), LocalDateTime.ofInstant(entry.occurredAt(), ZoneOffset.UTC), entry.actor(),
                        entry.action(), entry.subject(), entry.outcome(), entry.detail(), entry.previousHash(), hash)
                .update();
        jdbc.sql("UPDATE audit_chain_head SET last_id = ?, last_hash = ? WHERE id = 1").params(entry.id(), hash)
                .update();
    }

    private static String limit(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}

package io.steward.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.audit.domain.AuditChain;
import io.steward.demo.DemoOrganisation;
import io.steward.support.IntegrationTest;
import io.steward.support.SignedIn;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Verifies a chain of a million entries and prints how long the walk takes (target: under 10 s). */
@IntegrationTest
class AuditChainBenchmark {

    private static final int ENTRIES = 1_000_000;
    private static final int BATCH = 5_000;

    @Autowired
    private AuditService audit;
    @Autowired
    private SignedIn signedIn;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void verify_a_million_entries() {
        long fillStart = System.nanoTime();
        long total = extendChain();
        double fillSeconds = (System.nanoTime() - fillStart) / 1e9;

        Runtime runtime = Runtime.getRuntime();
        List<Double> runs = new ArrayList<>();
        ChainVerification result = null;
        try (var auditor = signedIn.as(DemoOrganisation.AUDITOR)) {
            for (int i = 0; i < 3; i++) {
                System.gc();
                long t0 = System.nanoTime();
                result = audit.verify();
                runs.add((System.nanoTime() - t0) / 1e9);
            }
        }
        System.out.printf(Locale.ROOT, "%nAUDIT CHAIN BENCHMARK%n"
                        + "entries: %d (written in %.1f s), CPU cores: %d, max heap: %d MB%n"
                        + "verify: %.2f s, %.2f s, %.2f s (first run with a cold cache and JIT)%n"
                        + "result: intact=%s entries=%d%n%n",
                total, fillSeconds, runtime.availableProcessors(), runtime.maxMemory() / 1_048_576,
                runs.get(0), runs.get(1), runs.get(2), result.intact(), result.entries());
        assertThat(result.intact()).isTrue();
        assertThat(result.entries()).isEqualTo(total);
    }

    /** Appends a million entries to the real chain, computing each hash as the app does. */
    private long extendChain() {
        var head = jdbc.queryForMap("SELECT last_id, last_hash FROM audit_chain_head WHERE id = 1");
        long id = ((Number) head.get("last_id")).longValue();
        String previous = (String) head.get("last_hash");
        Instant start = Instant.parse("2024-01-01T00:00:00Z");
        List<Object[]> batch = new ArrayList<>(BATCH);
        for (int i = 0; i < ENTRIES; i++) {
            id++;
            AuditChain.Entry entry = new AuditChain.Entry(id, start.plusSeconds(i * 30L), "p-bench" + (i % 997),
                    i % 3 == 0 ? "ATTEMPT_SUBMITTED" : "SIGN_IN", "person:p-bench" + (i % 10_007), "SUCCESS",
                    "module=securing-customer-data version=1.0.0 attempt=" + i + " score=80 passed=true", previous);
            String hash = entry.hash();
            batch.add(new Object[] {id, LocalDateTime.ofInstant(entry.occurredAt(), ZoneOffset.UTC), entry.actor(),
                    entry.action(), entry.subject(), entry.outcome(), entry.detail(), previous, hash});
            previous = hash;
            if (batch.size() == BATCH) {
                insert(batch);
            }
        }
        insert(batch);
        jdbc.update("UPDATE audit_chain_head SET last_id = ?, last_hash = ? WHERE id = 1", id, previous);
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry", Long.class);
    }

    private void insert(List<Object[]> batch) {
        if (!batch.isEmpty()) {
            jdbc.batchUpdate("""
                    INSERT INTO audit_entry (id, occurred_at, actor, action, subject, outcome, detail, previous_hash, hash)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", batch);
            batch.clear();
        }
    }
}

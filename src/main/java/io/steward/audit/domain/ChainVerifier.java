package io.steward.audit.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Walks the whole chain in id order, streaming rows, and recomputes every hash and link. */
@Component
public class ChainVerifier {

    /** Where the walk found the chain broken; null fields when it is intact. */
    public record Result(long entries, Long brokenAt, String problem) {
    }

    private final JdbcTemplate jdbc;

    ChainVerifier(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        // Stream the rows instead of loading a million of them at once.
        this.jdbc.setFetchSize(5_000);
    }

    public Result verify() {
        Walk walk = new Walk();
        jdbc.query("""
                SELECT id, occurred_at, actor, action, subject, outcome, detail, previous_hash, hash
                FROM audit_entry ORDER BY id""", walk::row);
        var head = jdbc.queryForMap("SELECT last_id, last_hash FROM audit_chain_head WHERE id = 1");
        if (walk.brokenAt == null && (((Number) head.get("last_id")).longValue() != walk.lastId
                || !head.get("last_hash").equals(walk.lastHash))) {
            return new Result(walk.count, walk.lastId + 1, "entries are missing at the end of the chain");
        }
        return new Result(walk.count, walk.brokenAt, walk.problem);
    }

    private static final class Walk {
        long count;
        long lastId;
        String lastHash = AuditChain.GENESIS;
        Long brokenAt;
        String problem;

        void row(ResultSet rs) throws SQLException {
            count++;
            if (brokenAt != null) {
                return;
            }
            long id = rs.getLong(1);
            AuditChain.Entry entry = new AuditChain.Entry(id,
                    rs.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC), rs.getString(3),
                    rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8));
            String stored = rs.getString(9);
            if (id != lastId + 1) {
                broken(id, "entry " + (lastId + 1) + " is missing");
            } else if (!entry.previousHash().equals(lastHash)) {
                broken(id, "does not link to the entry before it");
            } else if (!entry.hash().equals(stored)) {
                broken(id, "its content does not match its hash");
            }
            lastId = id;
            lastHash = stored;
        }

        private void broken(long id, String why) {
            brokenAt = id;
            problem = why;
        }
    }
}

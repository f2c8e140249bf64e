package io.steward.audit;

import io.steward.audit.domain.ChainVerifier;
import io.steward.base.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The audit trail for auditors: read and verify; nobody can change or delete it through Steward. */
@Service
public class AuditService {

    private final ChainVerifier verifier;
    private final JdbcClient jdbc;

    AuditService(ChainVerifier verifier, JdbcClient jdbc) {
        this.verifier = verifier;
        this.jdbc = jdbc;
    }

    @RolesAllowed(Role.Names.AUDITOR)
    public ChainVerification verify() {
        ChainVerifier.Result result = verifier.verify();
        return result.brokenAt() == null ? ChainVerification.intact(result.entries())
                : ChainVerification.broken(result.entries(), result.brokenAt(), result.problem());
    }

    /** Newest first; {@code action} empty for all actions. */
    @RolesAllowed(Role.Names.AUDITOR)
    public List<AuditEntryView> entries(String action, int offset, int limit) {
        return jdbc.sql("""
                SELECT id, occurred_at, actor, action, subject, outcome, detail, hash FROM audit_entry
                WHERE (:action = '' OR action = :action) ORDER BY id DESC LIMIT :limit OFFSET :offset""")
                .param("action", action == null ? "" : action)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> new AuditEntryView(rs.getLong(1),
                        rs.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)))
                .list();
    }

    @RolesAllowed(Role.Names.AUDITOR)
    public int count(String action) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE (:action = '' OR action = :action)")
                .param("action", action == null ? "" : action).query(Integer.class).single();
    }

    @RolesAllowed(Role.Names.AUDITOR)
    public List<String> actions() {
        return jdbc.sql("SELECT DISTINCT action FROM audit_entry ORDER BY action").query(String.class).list();
    }
}

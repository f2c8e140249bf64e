package io.steward.audit;

import io.steward.audit.domain.ChainVerifier;
import io.steward.base.ApiScope;
import io.steward.base.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
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
        return walk();
    }

    /** For API tokens with the audit scope (they act for HR, not as an auditor). */
    @PreAuthorize("hasAuthority('" + ApiScope.Authorities.AUDIT + "')")
    public ChainVerification verifyForApi() {
        return walk();
    }

    private ChainVerification walk() {
        ChainVerifier.Result result = verifier.verify();
        return result.brokenAt() == null ? ChainVerification.intact(result.entries())
                : ChainVerification.broken(result.entries(), result.brokenAt(), result.problem());
    }

    /** The entries the filter selects, newest first. */
    @RolesAllowed(Role.Names.AUDITOR)
    public List<AuditEntryView> entries(AuditFilter filter, int offset, int limit) {
        return filtered("SELECT id, occurred_at, actor, action, subject, outcome, detail, hash FROM audit_entry "
                + WHERE + " ORDER BY id DESC LIMIT :limit OFFSET :offset", filter)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> new AuditEntryView(rs.getLong(1),
                        rs.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)))
                .list();
    }

    @RolesAllowed(Role.Names.AUDITOR)
    public int count(AuditFilter filter) {
        return filtered("SELECT COUNT(*) FROM audit_entry " + WHERE, filter).query(Integer.class).single();
    }

    /** Audit times are UTC wall-clock times, so a UTC day is a range of them. */
    private static final String WHERE = """
            WHERE (:action = '' OR action = :action)
              AND (:actor = '' OR actor = :actor)
              AND (:subject = '' OR subject = :subject OR SUBSTRING_INDEX(subject, ':', -1) = :subject)
              AND (:from IS NULL OR occurred_at >= :from)
              AND (:before IS NULL OR occurred_at < :before)""";

    private JdbcClient.StatementSpec filtered(String sql, AuditFilter filter) {
        return jdbc.sql(sql)
                .param("action", filter.action())
                .param("actor", filter.actor())
                .param("subject", filter.subject())
                .param("from", filter.from() == null ? null : filter.from().atStartOfDay())
                .param("before", filter.until() == null ? null : filter.until().plusDays(1).atStartOfDay());
    }

    @RolesAllowed(Role.Names.AUDITOR)
    public List<String> actions() {
        return jdbc.sql("SELECT DISTINCT action FROM audit_entry ORDER BY action").query(String.class).list();
    }
}

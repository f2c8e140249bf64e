package io.steward.audit;

import io.steward.audit.domain.Pseudonyms;
import io.steward.base.EmployeeId;
import io.steward.base.PersonalData;
import io.steward.directory.DirectoryService;
import io.steward.directory.SignInAccount;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the audit trail says about a person, for "My data": who else opened their records and when, and their
 * sign-ins. Entries are found through the person's pseudonym; viewers are named, since a person is entitled to
 * know who looked at their records.
 */
@Configuration
class AuditRecords {

    private final JdbcClient jdbc;
    private final Pseudonyms pseudonyms;
    private final DirectoryService directory;

    AuditRecords(JdbcClient jdbc, Pseudonyms pseudonyms, DirectoryService directory) {
        this.jdbc = jdbc;
        this.pseudonyms = pseudonyms;
        this.directory = directory;
    }

    @Bean
    PersonalData.Source recordViewsSource() {
        return source("record-views", List.of("viewedAt", "viewer", "record"), this::recordViews);
    }

    @Bean
    PersonalData.Source signInsSource() {
        return source("sign-ins", List.of("at", "outcome"), this::signIns);
    }

    private List<List<String>> recordViews(String subject) {
        return jdbc.sql("""
                SELECT occurred_at, actor, detail FROM audit_entry WHERE subject = ? AND action = ? ORDER BY id""")
                .params(subject, AuditRecorder.PERSONAL_RECORD_VIEWED)
                .query((rs, n) -> List.of(utc(rs.getObject(1, LocalDateTime.class)), viewer(rs.getString(2)),
                        rs.getString(3).replaceFirst("^record=", "")))
                .list();
    }

    private List<List<String>> signIns(String subject) {
        return jdbc.sql("SELECT occurred_at, outcome FROM audit_entry WHERE subject = ? AND action = ? ORDER BY id")
                .params(subject, AuditRecorder.SIGN_IN)
                .query((rs, n) -> List.of(utc(rs.getObject(1, LocalDateTime.class)), rs.getString(2)))
                .list();
    }

    /** The viewer's current name; a viewer whose own data was erased can no longer be named. */
    private String viewer(String pseudonym) {
        return pseudonyms.person(pseudonym).flatMap(directory::findSignInAccount).map(SignInAccount::displayName)
                .orElse("");
    }

    /** Audit times are stored as UTC wall-clock times. */
    private static String utc(LocalDateTime at) {
        return at.toInstant(ZoneOffset.UTC).toString();
    }

    private interface Query {
        List<List<String>> rows(String subject);
    }

    private PersonalData.Source source(String kind, List<String> columns, Query query) {
        return new PersonalData.Source() {
            @Override
            public String kind() {
                return kind;
            }

            @Override
            public List<String> columns() {
                return columns;
            }

            @Override
            public List<List<String>> recordsOf(EmployeeId person) {
                return pseudonyms.find(person).map(p -> query.rows("person:" + p)).orElse(List.of());
            }
        };
    }
}

package io.steward.audit;

import io.steward.audit.domain.AuditChain;
import io.steward.audit.domain.Pseudonyms;
import io.steward.base.CurrentUser;
import io.steward.base.EmployeeId;
import io.steward.base.PersonErased;
import io.steward.base.PersonalRecordViewed;
import io.steward.base.SignedInUser;
import io.steward.content.ModuleVersionFirstServed;
import io.steward.directory.DirectoryImported;
import io.steward.directory.DirectoryService;
import io.steward.directory.RolesChanged;
import io.steward.learning.AssignmentExempted;
import io.steward.learning.AssignmentRuleChanged;
import io.steward.learning.AssignmentsClosed;
import io.steward.learning.AssignmentsCreated;
import io.steward.learning.AttemptSubmitted;
import io.steward.learning.AttemptsGranted;
import io.steward.learning.ModuleCompleted;
import io.steward.privacy.RetentionApplied;
import io.steward.privacy.RetentionRun;
import io.steward.reporting.ExportDownloaded;
import io.steward.reporting.ReportViewed;
import io.steward.security.ApiTokenChanged;
import io.steward.security.PasswordChanged;
import java.time.Clock;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes what matters for accountability into the audit trail. Changes are recorded in the transaction that
 * makes them (the listeners run inside it, and the chain refuses to append outside one); sign-ins, which
 * change nothing else, get a transaction of their own.
 */
@Component
class AuditRecorder {

    static final String SUCCESS = "SUCCESS";
    static final String FAILURE = "FAILURE";
    static final String SIGN_IN = "SIGN_IN";
    static final String PERSONAL_RECORD_VIEWED = "PERSONAL_RECORD_VIEWED";

    private final AuditChain chain;
    private final Pseudonyms pseudonyms;
    private final CurrentUser currentUser;
    private final DirectoryService directory;
    private final TransactionTemplate transaction;
    private final Clock clock;

    AuditRecorder(AuditChain chain, Pseudonyms pseudonyms, CurrentUser currentUser, DirectoryService directory,
            TransactionTemplate transaction, Clock clock) {
        this.chain = chain;
        this.pseudonyms = pseudonyms;
        this.currentUser = currentUser;
        this.directory = directory;
        this.transaction = transaction;
        this.clock = clock;
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof SignedInUser user) {
            String who = transaction.execute(status -> pseudonyms.of(user.employeeId()));
            transaction.executeWithoutResult(status -> chain.append(clock.instant(), who, SIGN_IN,
                    person(user.employeeId()), SUCCESS, ""));
        }
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        String name = String.valueOf(event.getAuthentication().getName());
        transaction.executeWithoutResult(status -> {
            String subject = directory.findSignInAccount(name).map(a -> person(a.id())).orElse("account:unknown");
            chain.append(clock.instant(), "anonymous", SIGN_IN, subject, FAILURE,
                    event.getException().getClass().getSimpleName());
        });
    }

    @EventListener
    void on(DirectoryImported event) {
        record("DIRECTORY_IMPORTED", "directory", SUCCESS, "mode=" + event.mode() + " created=" + event.created()
                + " updated=" + event.updated() + " deactivated=" + event.deactivated()
                + " unchanged=" + event.unchanged());
    }

    @EventListener
    void on(PasswordChanged event) {
        record("PASSWORD_CHANGED", person(event.employee()), event.changed() ? SUCCESS : FAILURE,
                event.changed() ? "" : "wrong current password");
    }

    @EventListener
    void on(ApiTokenChanged event) {
        record(event.revoked() ? "API_TOKEN_REVOKED" : "API_TOKEN_CREATED", "api-token:" + event.tokenId(), SUCCESS,
                "scopes=" + event.scopes());
    }

    @EventListener
    void on(ModuleVersionFirstServed event) {
        record("CONTENT_VERSION_FIRST_SERVED", "module:" + event.moduleId(), SUCCESS,
                "version=" + event.version() + " hash=" + event.contentHash());
    }

    @EventListener
    void on(AssignmentsCreated event) {
        record("ASSIGNMENT_CREATED", "module:" + event.moduleId(), SUCCESS,
                "rule=" + event.ruleId() + " reason=" + event.reason() + " created=" + event.created());
    }

    @EventListener
    void on(AssignmentRuleChanged event) {
        record(event.retired() ? "ASSIGNMENT_RULE_RETIRED" : "ASSIGNMENT_RULE_CHANGED", "module:" + event.moduleId(),
                SUCCESS, "rule=" + event.ruleId() + " " + event.effect().describe());
    }

    @EventListener
    void on(AssignmentsClosed event) {
        record("ASSIGNMENT_CLOSED", "module:" + event.moduleId(), SUCCESS,
                "state=NO_LONGER_REQUIRED closed=" + event.employees().size());
    }

    @EventListener
    void on(AssignmentExempted event) {
        record("ASSIGNMENT_EXEMPTED", person(event.employee()), SUCCESS, "module=" + event.moduleId());
    }

    @EventListener
    void on(AttemptSubmitted event) {
        record("ATTEMPT_SUBMITTED", person(event.employee()), SUCCESS, "module=" + event.moduleId() + " version="
                + event.moduleVersion() + " attempt=" + event.attemptId() + " score=" + event.scorePercent()
                + " passed=" + event.passed());
    }

    @EventListener
    void on(AttemptsGranted event) {
        record("ATTEMPTS_GRANTED", person(event.employee()), SUCCESS,
                "module=" + event.moduleId() + " extra=" + event.extra());
    }

    @EventListener
    void on(ModuleCompleted event) {
        String detail = "module=" + event.moduleId() + " version=" + event.moduleVersion() + " completion="
                + event.completionId() + (event.scorePercent() == null ? " read-and-attested"
                : " score=" + event.scorePercent());
        if (event.attested()) {
            record("ATTESTATION_AGREED", person(event.employeeId()), SUCCESS, detail);
        }
        record("MODULE_COMPLETED", person(event.employeeId()), SUCCESS, detail);
    }

    @EventListener
    void on(RolesChanged event) {
        record("ROLES_CHANGED", person(event.employee()), SUCCESS,
                "before=" + event.before() + " after=" + event.after());
    }

    /** The viewer is named by the event (the one who opened the record), not looked up from the session. */
    @EventListener
    void on(PersonalRecordViewed event) {
        chain.append(clock.instant(), pseudonyms.of(event.viewer()), PERSONAL_RECORD_VIEWED, person(event.subject()),
                SUCCESS, "record=" + event.record());
    }

    /** Recorded under the pseudonym, which is then unlinked from the person for good. */
    @EventListener
    void on(PersonErased event) {
        record("PERSONAL_DATA_ERASED", person(event.person()), SUCCESS, "on request");
        pseudonyms.forget(event.person());
    }

    @EventListener
    void on(RetentionApplied event) {
        record("RETENTION_APPLIED", "retention:" + event.kind(), SUCCESS,
                "count=" + event.count() + " trigger=" + event.trigger());
    }

    @EventListener
    void on(RetentionRun event) {
        record("RETENTION_RUN", "retention", SUCCESS, event.counts().entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "))
                + " trigger=" + event.trigger());
    }

    @EventListener
    void on(ReportViewed event) {
        record("REPORT_VIEWED", "report:" + event.report(), SUCCESS, "filters=" + event.filters());
    }

    @EventListener
    void on(ExportDownloaded event) {
        record("EXPORT_DOWNLOADED", "export:" + event.export(), SUCCESS,
                "filters=" + event.filters() + " rows=" + event.rows());
    }

    private void record(String action, String subject, String outcome, String detail) {
        chain.append(clock.instant(), actor(), action, subject, outcome, detail);
    }

    /**
     * The signed-in person's pseudonym; for an API request the token, by id and name, and its owner's
     * pseudonym ({@code token:7 "Payroll sync" of p-…}, or {@code of bootstrap}); "system" for the
     * application's own work.
     */
    private String actor() {
        return currentUser.find().map(user -> pseudonyms.of(user.employeeId()))
                .or(() -> currentUser.apiCaller().map(caller -> "token:" + caller.tokenId() + " \""
                        + caller.tokenName() + "\" of "
                        + (caller.owner() == null ? "bootstrap" : pseudonyms.of(caller.owner()))))
                .orElse("system");
    }

    private String person(EmployeeId id) {
        return "person:" + pseudonyms.of(id);
    }
}

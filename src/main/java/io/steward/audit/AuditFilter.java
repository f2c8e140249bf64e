package io.steward.audit;

import java.time.LocalDate;

/**
 * Which audit entries an auditor wants to see: each part empty (or null) for any. {@code actor} is an actor as
 * recorded (a pseudonym, {@code anonymous}, {@code system}); {@code subject} a subject as recorded
 * ({@code person:p-…}, {@code report:compliance}) or only its part after the colon (the pseudonym); the days are
 * UTC days, both included.
 */
public record AuditFilter(String action, String actor, String subject, LocalDate from, LocalDate until) {

    public static final AuditFilter ALL = new AuditFilter("", "", "", null, null);

    public AuditFilter {
        action = action == null ? "" : action.strip();
        actor = actor == null ? "" : actor.strip();
        subject = subject == null ? "" : subject.strip();
    }

    /** A range whose first day comes after its last holds nothing: say so rather than show an empty trail. */
    public boolean emptyRange() {
        return from != null && until != null && from.isAfter(until);
    }
}

package io.steward.notification;

/** What one run did: mails newly planned, sent, put back for a retry, given up on, and found no longer needed. */
public record RunOutcome(int planned, int sent, int retrying, int failed, int cancelled) {

    public static final RunOutcome NOTHING = new RunOutcome(0, 0, 0, 0, 0);
}

package io.steward.base;

import java.time.Instant;

/**
 * How a feature lets its records expire. Each feature provides one {@link Task} bean per kind of record it keeps
 * for a limited time; the privacy feature's nightly job runs them in chunks (one transaction per chunk), shows HR
 * a dry run first, and records in the audit trail what each run did.
 */
public final class Retention {

    private Retention() {}

    /** Deletes or pseudonymises one kind of record once it is past its retention period. */
    public interface Task {

        /** A stable key for the kind of record, such as {@code quiz-answers} (bundle key {@code retention.<kind>}). */
        String kind();

        /** How many records have expired at {@code now}: what the next run would delete or pseudonymise. */
        long expired(Instant now);

        /**
         * Deletes or pseudonymises at most {@code limit} expired records in the caller's transaction and answers
         * how many it did; 0 means nothing is left. Running it again at the same {@code now} does nothing.
         */
        int apply(Instant now, int limit);
    }
}

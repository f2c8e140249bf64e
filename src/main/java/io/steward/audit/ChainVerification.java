package io.steward.audit;

/**
 * The outcome of walking the audit chain: intact with the number of entries, or the first entry whose hash
 * or link does not match (the entry after a deleted one, an inserted one, or a changed one).
 */
public record ChainVerification(boolean intact, long entries, Long firstBrokenEntry, String problem) {

    static ChainVerification intact(long entries) {
        return new ChainVerification(true, entries, null, null);
    }

    static ChainVerification broken(long entries, long entry, String problem) {
        return new ChainVerification(false, entries, entry, problem);
    }
}

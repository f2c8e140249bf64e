package io.steward.directory;

import io.steward.base.EmployeeId;
import java.time.Instant;
import java.util.List;

/**
 * Issues the one-time links with which new people set their first password. The directory asks for them when
 * it creates people; the security feature implements this, because it keeps every secret (the directory never
 * holds one), and security already depends on the directory, not the other way round.
 */
public interface InvitationIssuer {

    /** One invitation per person, in the same order, replacing any invitation still open for them. */
    List<IssuedInvitation> invite(List<EmployeeId> people);

    /** An invitation as its recipient gets it: {@code path} (relative to Steward's address) holds the secret. */
    record IssuedInvitation(EmployeeId employee, String path, Instant expiresAt) {
    }
}

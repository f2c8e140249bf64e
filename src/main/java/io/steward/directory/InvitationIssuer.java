package io.steward.directory;

import io.steward.base.EmployeeId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Issues the one-time links with which new people set their first password. The directory asks for them when
 * it creates people; the security feature implements this, because it keeps every secret (the directory never
 * holds one), and security already depends on the directory, not the other way round.
 */
public interface InvitationIssuer {

    /** One invitation per person, in the same order, replacing any invitation still open for them. */
    List<IssuedInvitation> invite(List<EmployeeId> people);

    /**
     * A new link, replacing the person's open one, for a mail with a link that could not be delivered and is
     * tried again: an invitation, or ({@code passwordReset}) a link to choose a new password, each valid as long
     * as a new one would be. Empty when the person is no longer active. For the mail sender only, which sends the
     * link to the person's own address and keeps it nowhere.
     */
    Optional<IssuedInvitation> renew(EmployeeId person, boolean passwordReset);

    /** An invitation as its recipient gets it: {@code path} (relative to Steward's address) holds the secret. */
    record IssuedInvitation(EmployeeId employee, String path, Instant expiresAt) {
    }
}

package io.steward.directory;

import io.steward.directory.InvitationIssuer.IssuedInvitation;
import java.util.List;

/**
 * People got their one-time links to set a password: new people from a staff list, or someone HR sent a new
 * link. The links hold secrets: listeners use them at once and never store them.
 */
public record NewcomersInvited(List<IssuedInvitation> invitations) {

    public NewcomersInvited {
        invitations = List.copyOf(invitations);
    }
}

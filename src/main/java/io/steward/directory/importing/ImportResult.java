package io.steward.directory.importing;

import java.time.Instant;
import java.util.List;

/** What an import did, and the invitation each new person needs to set their password. */
public record ImportResult(ImportPreview changes, List<NewcomerInvitation> invitations) {

    public ImportResult {
        invitations = List.copyOf(invitations);
    }

    /** A new person's one-time link; {@code path} is relative to Steward's address and is shown only now. */
    public record NewcomerInvitation(String employeeId, String displayName, String email, String path,
            Instant expiresAt) {

        /** The full link, given the address Steward is reached at (for example {@code https://steward.example}). */
        public String link(String baseUrl) {
            return (baseUrl.endsWith("/") ? baseUrl : baseUrl + "/") + path;
        }
    }
}

package io.steward.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.demo.DemoOrganisation;
import io.steward.directory.importing.DirectoryImportService;
import io.steward.directory.importing.ImportMode;
import io.steward.directory.importing.ImportResult.NewcomerInvitation;
import io.steward.support.IntegrationTest;
import io.steward.support.SignedIn;
import io.steward.support.StaffLists;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

@IntegrationTest
class InvitationIntegrationTest {

    @Autowired
    private DirectoryImportService imports;
    @Autowired
    private InvitationService invitations;
    @Autowired
    private SignedIn signedIn;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private AuthenticationManager authentication;

    /** Adds one new person in a partial import and gives the secret part of their invitation link. */
    private String invite(String name) {
        String number = "I" + Long.toString(System.nanoTime(), 36);
        String email = number.toLowerCase() + "@example.com";
        try (var hr = signedIn.as(DemoOrganisation.HR)) {
            List<NewcomerInvitation> issued = imports.importStaffList(StaffLists.file(List.of(
                    StaffLists.row(number, email, name, "Marketing", "E1002", "", "en", "", true))),
                    ImportMode.PARTIAL).invitations();
            assertThat(issued).singleElement().satisfies(i -> assertThat(i.path()).startsWith("invitation/"));
            return issued.get(0).path().substring("invitation/".length());
        }
    }

    @Test
    void the_first_password_must_follow_the_policy() {
        String token = invite("Paula Neu");
        assertThat(invitations.findInvitee(token)).hasValueSatisfying(
                invitee -> assertThat(invitee.displayName()).isEqualTo("Paula Neu"));
        String email = invitations.findInvitee(token).orElseThrow().email();

        assertThat(invitations.accept(token, "short")).containsExactly("password.tooShort");
        assertThat(invitations.accept(token, email.substring(0, email.indexOf('@')) + " is my long password"))
                .containsExactly("password.containsEmail");
        assertThat(invitations.findInvitee(token)).as("a refused password leaves the link open").isPresent();
    }

    @Test
    void an_accepted_invitation_signs_in_and_cannot_be_used_again() {
        String token = invite("Quentin Neu");
        String email = invitations.findInvitee(token).orElseThrow().email();

        assertThat(invitations.accept(token, "a long and private passphrase")).isEmpty();

        assertThat(authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email,
                "a long and private passphrase")).isAuthenticated()).isTrue();
        assertThat(invitations.findInvitee(token)).isEmpty();
        assertThat(invitations.accept(token, "another long passphrase")).containsExactly("invitation.invalid");
    }

    @Test
    void an_expired_or_unknown_invitation_is_refused() {
        String token = invite("Rita Neu");
        jdbc.sql("UPDATE invitation SET expires_at = '2020-01-01 00:00:00' WHERE token_hash = ?")
                .param(SecretTokens.hash(token)).update();

        assertThat(invitations.findInvitee(token)).isEmpty();
        assertThat(invitations.accept(token, "a long and private passphrase")).containsExactly("invitation.invalid");
        assertThat(invitations.accept("made-up", "a long and private passphrase"))
                .containsExactly("invitation.invalid");
    }

    @Test
    void only_the_hash_of_an_invitation_is_stored() {
        String token = invite("Sami Neu");

        assertThat(jdbc.sql("SELECT token_hash FROM invitation WHERE token_hash = ?").param(SecretTokens.hash(token))
                .query(String.class).single()).hasSize(64).doesNotContain(token);
    }
}

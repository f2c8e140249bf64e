package io.steward.security;

import io.steward.base.EmployeeId;
import io.steward.base.Role;
import io.steward.directory.DirectoryService;
import io.steward.directory.InvitationIssuer;
import io.steward.directory.SignInAccount;
import io.steward.security.domain.Credential;
import io.steward.security.domain.CredentialRepository;
import io.steward.security.domain.Invitation;
import io.steward.security.domain.InvitationRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time links with which new people set their first password: random, stored only as a hash, valid for a
 * limited time (14 days by default, {@code steward.invitation.validity}) and used at most once.
 */
@Service
public class InvitationService implements InvitationIssuer {

    /** The route of the page that accepts invitations; the token follows it. */
    public static final String PATH = "invitation";

    private final InvitationRepository invitations;
    private final CredentialRepository credentials;
    private final DirectoryService directory;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final Duration validity;

    InvitationService(InvitationRepository invitations, CredentialRepository credentials, DirectoryService directory,
            PasswordEncoder encoder, Clock clock, @Value("${steward.invitation.validity:P14D}") Duration validity) {
        this.invitations = invitations;
        this.credentials = credentials;
        this.directory = directory;
        this.encoder = encoder;
        this.clock = clock;
        this.validity = validity;
    }

    /** Who an invitation is for: shown on the page that accepts it. */
    public record Invitee(String displayName, String email) {
    }

    @Override
    @RolesAllowed(Role.Names.HR)
    @Transactional
    public List<IssuedInvitation> invite(List<EmployeeId> people) {
        Instant now = clock.instant();
        Instant expires = now.plus(validity);
        Map<Long, Invitation> open = invitations.findAllById(people.stream().map(EmployeeId::value).toList())
                .stream().collect(Collectors.toMap(Invitation::getEmployeeId, Function.identity()));
        List<Invitation> created = new ArrayList<>();
        List<IssuedInvitation> issued = new ArrayList<>(people.size());
        for (EmployeeId person : people) {
            String token = SecretTokens.newToken("");
            Invitation existing = open.get(person.value());
            if (existing != null) {
                existing.reissue(SecretTokens.hash(token), now, expires);
            } else {
                created.add(new Invitation(person.value(), SecretTokens.hash(token), now, expires));
            }
            issued.add(new IssuedInvitation(person, PATH + "/" + token, expires));
        }
        invitations.saveAll(created);
        return issued;
    }

    /** The person an open invitation is for; empty when the link is unknown, used, expired or the person left. */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<Invitee> findInvitee(String token) {
        return openInvitation(token).flatMap(this::activeAccount)
                .map(account -> new Invitee(account.displayName(), account.email()));
    }

    /**
     * Sets the first password of the invited person and closes the invitation.
     *
     * @return message keys of the problems; empty when the password was set
     */
    @PermitAll
    @Transactional
    public List<String> accept(String token, String password) {
        Optional<Invitation> invitation = openInvitation(token);
        Optional<SignInAccount> account = invitation.flatMap(this::activeAccount);
        if (account.isEmpty()) {
            return List.of("invitation.invalid");
        }
        List<String> problems = PasswordPolicy.problems(password, account.get().email());
        if (problems.isEmpty()) {
            Instant now = clock.instant();
            String hash = encoder.encode(password);
            long id = account.get().id().value();
            credentials.findById(id).ifPresentOrElse(c -> c.change(hash, now),
                    () -> credentials.save(new Credential(id, hash, now)));
            invitation.get().use(now);
        }
        return problems;
    }

    private Optional<Invitation> openInvitation(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return invitations.findByTokenHash(SecretTokens.hash(token)).filter(i -> i.isOpen(clock.instant()));
    }

    private Optional<SignInAccount> activeAccount(Invitation invitation) {
        return directory.findSignInAccount(new EmployeeId(invitation.getEmployeeId())).filter(SignInAccount::active);
    }
}

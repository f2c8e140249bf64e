package io.steward.security;

import io.steward.base.EmployeeId;
import io.steward.base.Role;
import io.steward.directory.DirectoryService;
import io.steward.directory.InvitationIssuer;
import io.steward.directory.SignInAccount;
import io.steward.security.LoginThrottle.Check;
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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time links with which people set a password: new people their first one (an invitation, valid 14 days by
 * default, {@code steward.invitation.validity}), and anyone who forgot theirs a new one (valid 30 minutes,
 * {@code steward.recovery.validity}). Random, stored only as a hash, used at most once; a newer link replaces
 * the person's older one.
 */
@Service
public class InvitationService implements InvitationIssuer {

    /** The route of the page that accepts invitations; the token follows it. */
    public static final String PATH = "invitation";

    private final InvitationRepository invitations;
    private final CredentialRepository credentials;
    private final DirectoryService directory;
    private final PasswordEncoder encoder;
    private final LoginThrottle throttle;
    private final SsoSettings sso;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration validity;
    private final Duration recoveryValidity;

    InvitationService(InvitationRepository invitations, CredentialRepository credentials, DirectoryService directory,
            PasswordEncoder encoder, LoginThrottle throttle, SsoSettings sso, ApplicationEventPublisher events,
            Clock clock, SecurityProperties properties) {
        this.invitations = invitations;
        this.credentials = credentials;
        this.directory = directory;
        this.encoder = encoder;
        this.throttle = throttle;
        this.sso = sso;
        this.events = events;
        this.clock = clock;
        this.validity = properties.invitation().validity();
        this.recoveryValidity = properties.recovery().validity();
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
        List<IssuedInvitation> issued = new ArrayList<>(people.size());
        List<Invitation> created = new ArrayList<>();
        for (EmployeeId person : people) {
            issued.add(new IssuedInvitation(person, issue(person, open.get(person.value()), now, expires, created),
                    expires));
        }
        invitations.saveAll(created);
        return issued;
    }

    /**
     * Sends a link to choose a new password to the person with this e-mail address, if there is an active one
     * who may sign in with a password; otherwise nothing. The caller learns neither way whether an account
     * exists. Every request counts against the address and the client like a failed sign-in, and when locked
     * nothing is sent.
     */
    @PermitAll
    @Transactional
    public void sendRecoveryLink(String email) {
        String client = ClientRequest.address();
        if (email == null || email.isBlank() || throttle.isLocked(Check.RECOVERY, email, client)) {
            return;
        }
        throttle.recordFailure(Check.RECOVERY, email, client);
        directory.findSignInAccount(email).filter(SignInAccount::active).filter(a -> sso.mayUsePassword(a.email()))
                .flatMap(account -> renew(account.id(), true))
                .ifPresent(link -> events.publishEvent(new PasswordRecoveryRequested(link.employee(), link.path(),
                        link.expiresAt())));
    }

    @Override
    @PermitAll
    @Transactional
    public Optional<IssuedInvitation> renew(EmployeeId person, boolean passwordReset) {
        return directory.findSignInAccount(person).filter(SignInAccount::active).map(account -> {
            Instant now = clock.instant();
            Instant expires = now.plus(passwordReset ? recoveryValidity : validity);
            List<Invitation> created = new ArrayList<>();
            String path = issue(person, invitations.findById(person.value()).orElse(null), now, expires, created);
            invitations.saveAll(created);
            return new IssuedInvitation(person, path, expires);
        });
    }

    /** A new link for the person: the open one reissued, or a new one added to {@code created}; its path. */
    private static String issue(EmployeeId person, Invitation existing, Instant now, Instant expires,
            List<Invitation> created) {
        String token = SecretTokens.newToken("");
        if (existing != null) {
            existing.reissue(SecretTokens.hash(token), now, expires);
        } else {
            created.add(new Invitation(person.value(), SecretTokens.hash(token), now, expires));
        }
        return PATH + "/" + token;
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

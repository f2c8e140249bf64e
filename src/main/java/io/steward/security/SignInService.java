package io.steward.security;

import io.steward.base.SignedInUser;
import io.steward.directory.DirectoryService;
import io.steward.directory.SignInAccount;
import io.steward.security.domain.Credential;
import io.steward.security.domain.CredentialRepository;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the account for a sign-in attempt, and stores the password's hash again when it was made at another
 * cost than today's (after the password was checked). Runs before anyone is authenticated; it is not a public
 * service for other features, so it stays package-private.
 */
@Service
class SignInService implements UserDetailsService, UserDetailsPasswordService {

    private final DirectoryService directory;
    private final CredentialRepository credentials;
    private final SsoSettings sso;

    SignInService(DirectoryService directory, CredentialRepository credentials, SsoSettings sso) {
        this.directory = directory;
        this.credentials = credentials;
        this.sso = sso;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        if (!sso.mayUsePassword(username)) {
            // Password sign-in is off (single sign-on only): answered as for an unknown name.
            throw new UsernameNotFoundException("password sign-in is off for this account");
        }
        SignInAccount account = directory.findSignInAccount(username)
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
        String hash = credentials.findById(account.id().value()).map(Credential::getPasswordHash)
                .orElseThrow(() -> new UsernameNotFoundException("no password set"));
        return new SignedInUser(account.id(), account.email(), hash, account.active(), account.displayName(),
                account.locale(), account.roles());
    }

    /**
     * Called by the password check after the right password was given, with its new hash: the password is the
     * same, so when it was last changed stays as it was.
     */
    @Override
    @Transactional
    public UserDetails updatePassword(UserDetails user, String newHash) {
        SignedInUser signedIn = (SignedInUser) user;
        credentials.findById(signedIn.employeeId().value()).ifPresent(c -> c.rehash(newHash));
        return user;
    }
}

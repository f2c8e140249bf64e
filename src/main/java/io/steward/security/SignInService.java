package io.steward.security;

import io.steward.base.SignedInUser;
import io.steward.directory.DirectoryService;
import io.steward.directory.SignInAccount;
import io.steward.security.domain.Credential;
import io.steward.security.domain.CredentialRepository;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the account for a sign-in attempt. Runs before anyone is authenticated; it is not a public
 * service for other features, so it stays package-private.
 */
@Service
class SignInService implements UserDetailsService {

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
}

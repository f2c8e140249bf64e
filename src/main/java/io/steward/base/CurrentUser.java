package io.steward.base;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Reads the signed-in person (or, for the API, the token) from the security context; services use it to scope
 * their queries and to say who did what.
 */
@Component
public class CurrentUser {

    public Optional<SignedInUser> find() {
        return principal(SignedInUser.class);
    }

    /** The API token behind this request, when it was made with one. */
    public Optional<ApiCaller> apiCaller() {
        return principal(ApiCaller.class);
    }

    /** Whether whoever is calling (a person or an API token) holds this authority. */
    public boolean hasAuthority(String authority) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(granted -> authority.equals(granted.getAuthority()));
    }

    private static <T> Optional<T> principal(Class<T> type) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? Optional.empty()
                : Optional.ofNullable(authentication.getPrincipal()).filter(type::isInstance).map(type::cast);
    }

    /** The signed-in person; only for code that method security has already restricted to signed-in users. */
    public SignedInUser require() {
        return find().orElseThrow(() -> new IllegalStateException("no signed-in user"));
    }
}

package io.steward.base;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The principal of a signed-in person: who they are in the directory, besides their credentials. */
public class SignedInUser extends User {

    private final EmployeeId employeeId;
    private final String displayName;
    private final Locale locale;
    private final Set<Role> roles;

    public SignedInUser(EmployeeId employeeId, String email, String passwordHash, boolean enabled,
            String displayName, Locale locale, Set<Role> roles) {
        super(email, passwordHash, enabled, true, true, true, authorities(roles));
        this.employeeId = employeeId;
        this.displayName = displayName;
        this.locale = locale;
        this.roles = roles.isEmpty() ? EnumSet.of(Role.EMPLOYEE) : EnumSet.copyOf(roles);
    }

    private static Collection<GrantedAuthority> authorities(Set<Role> roles) {
        return roles.stream().map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority()))
                .collect(Collectors.toSet());
    }

    public EmployeeId employeeId() {
        return employeeId;
    }

    public String displayName() {
        return displayName;
    }

    public Locale locale() {
        return locale;
    }

    public Set<Role> roles() {
        return EnumSet.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Whether this person signed in with a Steward password (and so may change it); not through single sign-on. */
    public boolean signsInWithPassword() {
        return true;
    }
}

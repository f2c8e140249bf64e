package io.steward.reporting;

import io.steward.base.CurrentUser;
import io.steward.base.Role;
import io.steward.reporting.domain.Criteria;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Whom a caller's report is about, as {@link Criteria}: a manager's own line (from their id in the security
 * context, never from a parameter) or the organisation. Only called from services whose methods already say
 * who may call them.
 */
@Component
class Populations {

    private final CurrentUser currentUser;
    private final Clock clock;

    Populations(CurrentUser currentUser, Clock clock) {
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The signed-in manager's whole reporting line, narrowed by the filter. */
    Criteria myLine(ReportFilter filter) {
        return Criteria.below(currentUser.require().employeeId().value(), filter, clock.instant(), today());
    }

    /** The organisation, or the filter's manager's line, narrowed by the filter. */
    Criteria organisation(ReportFilter filter) {
        return Criteria.organisation(filter, clock.instant(), today());
    }

    /** What an export may hold: the organisation for HR and auditors, otherwise the manager's own line. */
    Criteria exportable(ReportFilter filter) {
        return has(Role.HR) || has(Role.AUDITOR) ? organisation(filter) : myLine(filter);
    }

    /** Whether the caller (a signed-in person, or an API token acting as HR) holds the role. */
    static boolean has(Role role) {
        return SecurityContextHolder.getContext().getAuthentication().getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).anyMatch(role.authority()::equals);
    }

    /** Auditors see no e-mail addresses (docs/privacy.md); HR and managers do. */
    static boolean seesEmail() {
        return !has(Role.AUDITOR) || has(Role.HR);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}

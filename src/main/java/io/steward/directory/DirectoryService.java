package io.steward.directory;

import io.steward.base.CurrentUser;
import io.steward.base.EmployeeId;
import io.steward.base.Role;
import io.steward.directory.domain.AudienceQuery;
import io.steward.directory.domain.Employee;
import io.steward.directory.domain.EmployeeRepository;
import io.steward.directory.domain.TeamQuery;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who works here, in which department, and who reports to whom. */
@Service
@Transactional(readOnly = true)
public class DirectoryService {

    private final EmployeeRepository employees;
    private final TeamQuery teams;
    private final AudienceQuery audiences;
    private final CurrentUser currentUser;
    private final ObjectProvider<InvitationIssuer> invitations;
    private final ApplicationEventPublisher events;

    /** The invitation issuer is looked up when needed: it is the security feature's, which uses this service. */
    DirectoryService(EmployeeRepository employees, TeamQuery teams, AudienceQuery audiences, CurrentUser currentUser,
            ObjectProvider<InvitationIssuer> invitations, ApplicationEventPublisher events) {
        this.employees = employees;
        this.teams = teams;
        this.audiences = audiences;
        this.currentUser = currentUser;
        this.invitations = invitations;
        this.events = events;
    }

    /**
     * Sends an active person a new link to set their password (a lost or expired invitation), by e-mail once this
     * commits; it replaces any link still open for them.
     *
     * @return false when there is no such active person
     */
    @RolesAllowed(Role.Names.HR)
    @Transactional
    public boolean sendInvitation(EmployeeId person) {
        if (employees.findById(person.value()).filter(Employee::isActive).isEmpty()) {
            return false;
        }
        events.publishEvent(new NewcomersInvited(invitations.getObject().invite(List.of(person))));
        return true;
    }

    /** Used by sign-in before anyone is authenticated, hence open to all callers. */
    @PermitAll
    public Optional<SignInAccount> findSignInAccount(String email) {
        return employees.findByEmailIgnoreCase(email.strip()).map(DirectoryService::toAccount);
    }

    /** Used by single sign-on before anyone is authenticated (the provider names the person), hence open to all. */
    @PermitAll
    public Optional<SignInAccount> findSignInAccountByNumber(String employeeNumber) {
        return employees.findByEmployeeNumber(employeeNumber.strip()).map(DirectoryService::toAccount);
    }

    /** Used before anyone is authenticated (invitations, API tokens), hence open to all callers. */
    @PermitAll
    public Optional<SignInAccount> findSignInAccount(EmployeeId id) {
        return employees.findById(id.value()).map(DirectoryService::toAccount);
    }

    /** The signed-in manager's people, directly or indirectly below them; scoped by the query itself. */
    @RolesAllowed(Role.Names.MANAGER)
    public List<TeamMember> myTeam() {
        return teams.subtreeOf(currentUser.require().employeeId());
    }

    /** The display name of the signed-in person's line manager, if they have one. */
    @PreAuthorize("isAuthenticated()")
    public Optional<String> myManagerName() {
        return employees.findById(currentUser.require().employeeId().value())
                .map(Employee::getManager)
                .map(Employee::getDisplayName);
    }

    /** Whether the person is in the signed-in manager's reporting line, directly or indirectly. */
    @RolesAllowed(Role.Names.MANAGER)
    public boolean isInMyReportingLine(EmployeeId person) {
        return teams.isBelow(person, currentUser.require().employeeId());
    }

    /** The active people an assignment for this audience reaches. */
    @RolesAllowed(Role.Names.HR)
    public List<EmployeeId> members(Audience audience) {
        return audiences.members(audience);
    }

    @RolesAllowed({Role.Names.HR, Role.Names.AUDITOR})
    public List<String> departmentNames() {
        return audiences.departmentNames();
    }

    /** One page of the whole directory for HR, filtered by name, email or employee id. */
    @RolesAllowed(Role.Names.HR)
    public List<TeamMember> findPeople(String search, int offset, int limit) {
        return teams.page(search == null ? "" : search.strip(), offset, limit);
    }

    @RolesAllowed(Role.Names.HR)
    public int countPeople(String search) {
        return teams.count(search == null ? "" : search.strip());
    }

    /** One person by their employee id (exactly as in the staff list), active or not. */
    @RolesAllowed(Role.Names.HR)
    public Optional<PersonStatus> findPerson(String employeeNumber) {
        return teams.status(employeeNumber == null ? "" : employeeNumber.strip());
    }

    private static SignInAccount toAccount(Employee e) {
        return new SignInAccount(new EmployeeId(e.getId()), e.getEmail(), e.getDisplayName(),
                Locale.forLanguageTag(e.getLocale()), e.isActive(), e.getRoles());
    }
}

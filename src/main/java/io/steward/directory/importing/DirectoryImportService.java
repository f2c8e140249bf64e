package io.steward.directory.importing;

import io.steward.base.ApiScope;
import io.steward.base.CurrentUser;
import io.steward.base.Role;
import io.steward.directory.DirectoryImported;
import io.steward.directory.DirectoryProperties;
import io.steward.directory.EmployeesDeactivated;
import io.steward.directory.InvitationIssuer;
import io.steward.directory.NewcomersInvited;
import io.steward.directory.InvitationIssuer.IssuedInvitation;
import io.steward.directory.importing.ImportProblem.Kind;
import io.steward.directory.importing.ImportResult.NewcomerInvitation;
import io.steward.directory.importing.StaffListReader.StaffList;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the staff list exported from the HR system into the directory, all or nothing: any problem refuses
 * the whole file and lists every problem found. People are never deleted; leavers are deactivated, which ends
 * their sessions and keeps their training evidence.
 */
@Service
public class DirectoryImportService {

    /** Far above any real staff list (10,000 people are about 1 MB). */
    public static final int MAX_FILE_BYTES = 20 * 1024 * 1024;

    private final DirectoryStore store;
    private final InvitationIssuer invitations;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final boolean grantPrivilegedRoles;

    DirectoryImportService(DirectoryStore store, InvitationIssuer invitations, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock,
            DirectoryProperties properties) {
        this.store = store;
        this.invitations = invitations;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.grantPrivilegedRoles = properties.grantPrivilegedRoles();
    }

    /**
     * What importing the file would do, without doing it.
     *
     * @throws ImportRejectedException with every problem, when the file cannot be imported
     */
    @RolesAllowed(Role.Names.HR)
    @Transactional(readOnly = true)
    public ImportPreview preview(byte[] file, ImportMode mode) {
        return plan(file, mode).preview();
    }

    /**
     * Imports the file in one transaction. A file that changes nothing writes nothing.
     *
     * @throws ImportRejectedException with every problem, when the file cannot be imported
     */
    @RolesAllowed(Role.Names.HR)
    @Transactional
    public ImportResult importStaffList(byte[] file, ImportMode mode) {
        ImportPlan plan = plan(file, mode);
        DirectoryStore.Applied applied = store.apply(plan, clock.instant());
        if (!applied.deactivated().isEmpty()) {
            events.publishEvent(new EmployeesDeactivated(applied.deactivated()));
        }
        applied.roleChanges().forEach(events::publishEvent);
        ImportPreview preview = plan.preview();
        events.publishEvent(new DirectoryImported(mode.name(), preview.created().size(), preview.updated().size(),
                preview.deactivated().size(), preview.unchanged()));
        return new ImportResult(preview, invite(applied.createdActive()));
    }

    private ImportPlan plan(byte[] file, ImportMode mode) {
        if (file.length > MAX_FILE_BYTES) {
            throw new ImportRejectedException(List.of(new ImportProblem(1, null, Kind.FILE_TOO_LARGE,
                    String.valueOf(MAX_FILE_BYTES / (1024 * 1024)))));
        }
        StaffList list = StaffListReader.read(file);
        if (list.rows().isEmpty() && !list.problems().isEmpty()) {
            throw new ImportRejectedException(list.problems());
        }
        // A staff list grants HR or AUDITOR only where that is switched on, or from the bootstrap token, which
        // exists to load the first staff list with its first HR people (docs/security.md).
        boolean mayGrantPrivilegedRoles = grantPrivilegedRoles
                || currentUser.hasAuthority(ApiScope.BOOTSTRAP_AUTHORITY);
        ImportPlanner.Outcome outcome = ImportPlanner.plan(list, store.load(), mode, mayGrantPrivilegedRoles);
        if (!outcome.problems().isEmpty()) {
            throw new ImportRejectedException(outcome.problems());
        }
        return outcome.plan();
    }

    private List<NewcomerInvitation> invite(List<DirectoryStore.Created> created) {
        if (created.isEmpty()) {
            return List.of();
        }
        List<IssuedInvitation> issued = invitations.invite(created.stream().map(DirectoryStore.Created::id).toList());
        events.publishEvent(new NewcomersInvited(issued));
        List<NewcomerInvitation> result = new ArrayList<>(issued.size());
        for (int i = 0; i < issued.size(); i++) {
            StaffRow row = created.get(i).row();
            IssuedInvitation invitation = issued.get(i);
            result.add(new NewcomerInvitation(row.employeeNumber(), row.displayName(), row.email(),
                    invitation.path(), invitation.expiresAt()));
        }
        return result;
    }
}

package io.steward.reporting;

import io.steward.base.CurrentUser;
import io.steward.base.EmployeeId;
import io.steward.base.RateLimiter;
import io.steward.base.Role;
import io.steward.content.ContentService;
import io.steward.content.ModuleSummary;
import io.steward.base.SignedInUser;
import io.steward.reporting.domain.CompletionRowsQuery;
import io.steward.reporting.domain.Criteria;
import io.steward.reporting.domain.DashboardQuery;
import io.steward.reporting.domain.PersonHistoryQuery;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dashboards: a manager's own reporting line ("my team") and the whole organisation for HR and auditors.
 * The population is always part of the query: a manager's methods are built on their own id from the
 * security context, never on an id the caller passes in.
 */
@Service
@Transactional(readOnly = true)
public class ReportingService {

    private static final Logger log = LoggerFactory.getLogger(ReportingService.class);

    private final DashboardQuery dashboards;
    private final PersonHistoryQuery histories;
    private final CompletionRowsQuery completionRows;
    private final ContentService content;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final RateLimiter reminders;

    ReportingService(DashboardQuery dashboards, PersonHistoryQuery histories, CompletionRowsQuery completionRows,
            ContentService content, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.dashboards = dashboards;
        this.histories = histories;
        this.completionRows = completionRows;
        this.content = content;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.reminders = new RateLimiter(clock, 1, Duration.ofDays(1));
    }

    @RolesAllowed(Role.Names.MANAGER)
    public Headline myTeamHeadline() {
        return dashboards.headline(myTeam(ReportFilter.none()));
    }

    @RolesAllowed(Role.Names.MANAGER)
    public List<ModuleRate> myTeamByModule() {
        return dashboards.byModule(myTeam(ReportFilter.none()), titles());
    }

    @RolesAllowed(Role.Names.MANAGER)
    public List<PersonProgress> myTeamPeople(PeopleFilter filter) {
        return dashboards.people(myTeam(ReportFilter.none()), filter);
    }

    /** One person's history, if they are in the signed-in manager's reporting line; empty otherwise. */
    @RolesAllowed(Role.Names.MANAGER)
    public Optional<PersonHistory> myTeamMember(long employeeId) {
        return histories.find(myTeam(ReportFilter.none()), employeeId, titles());
    }

    /**
     * Records a reminder from the signed-in manager to one of their people about overdue training, at most
     * once a day per person. The notification feature e-mails it.
     */
    @RolesAllowed(Role.Names.MANAGER)
    public Reminder remindOverdue(long employeeId) {
        long manager = currentUser.require().employeeId().value();
        long overdue = dashboards.overdueOf(myTeam(ReportFilter.none()), employeeId);
        if (overdue == 0) {
            return Reminder.NOTHING_OVERDUE;
        }
        if (!reminders.tryAcquire(manager + ":" + employeeId)) {
            return Reminder.ALREADY_TODAY;
        }
        log.info("Manager {} reminded employee {} about {} overdue assignments", manager, employeeId, overdue);
        events.publishEvent(new OverdueReminderRequested(new EmployeeId(employeeId), new EmployeeId(manager),
                currentUser.require().displayName()));
        return Reminder.RECORDED;
    }

    /** What became of a reminder. Someone outside the manager's line has, for them, nothing overdue. */
    public enum Reminder {
        RECORDED, ALREADY_TODAY, NOTHING_OVERDUE
    }

    @RolesAllowed({Role.Names.HR, Role.Names.AUDITOR})
    public Headline headline(ReportFilter filter) {
        return dashboards.headline(organisation(filter));
    }

    @RolesAllowed({Role.Names.HR, Role.Names.AUDITOR})
    public List<MatrixCell> matrix(ReportFilter filter) {
        return dashboards.matrix(organisation(filter));
    }

    @RolesAllowed({Role.Names.HR, Role.Names.AUDITOR})
    public List<OverdueLine> longestOverdue(ReportFilter filter, int limit) {
        return dashboards.longestOverdue(organisation(filter), titles(), limit);
    }

    @RolesAllowed({Role.Names.HR, Role.Names.AUDITOR})
    public List<ManagerChoice> managers() {
        return dashboards.managers();
    }

    /**
     * Writes one row per assignment to {@code out} as the database delivers them. HR and auditors export the
     * organisation (narrowed by the filter); a manager always exports their own reporting line only.
     */
    @RolesAllowed({Role.Names.HR, Role.Names.AUDITOR, Role.Names.MANAGER})
    public void exportCompletions(ReportFilter filter, ExportFormat format, OutputStream out) throws IOException {
        SignedInUser user = currentUser.require();
        Criteria criteria = user.has(Role.HR) || user.has(Role.AUDITOR) ? organisation(filter) : myTeam(filter);
        Map<String, String> titles = titles();
        CompletionWriter writer = CompletionWriter.of(format, out, CompletionColumns.HEADERS);
        try {
            completionRows.forEach(criteria, row -> {
                try {
                    writer.write(CompletionColumns.values(row, titles));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        writer.finish();
    }

    /** Module titles by id, for the modules served now; older ids fall back to the id itself. */
    private Map<String, String> titles() {
        return content.servedModules().stream().filter(m -> m.title() != null)
                .collect(Collectors.toMap(ModuleSummary::id, ModuleSummary::title, (a, b) -> a));
    }

    private Criteria myTeam(ReportFilter filter) {
        return Criteria.below(currentUser.require().employeeId().value(), filter, now(), today());
    }

    private Criteria organisation(ReportFilter filter) {
        return Criteria.organisation(filter, now(), today());
    }

    private Instant now() {
        return clock.instant();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}

package io.steward.reporting;

import io.steward.base.CurrentUser;
import io.steward.base.EmployeeId;
import io.steward.base.PersonalRecordViewed;
import io.steward.base.RateLimiter;
import io.steward.base.Role;
import io.steward.base.SmallGroups;
import io.steward.content.ContentService;
import io.steward.content.ModuleSummary;
import io.steward.reporting.domain.CompletionRowsQuery;
import io.steward.reporting.domain.Criteria;
import io.steward.reporting.domain.DashboardQuery;
import io.steward.reporting.domain.DashboardQuery.Cell;
import io.steward.reporting.domain.DashboardQuery.Counts;
import io.steward.reporting.domain.DashboardQuery.PersonRow;
import io.steward.reporting.domain.MonthFigures.MonthFigure;
import io.steward.reporting.domain.NeedsActionQuery;
import io.steward.reporting.domain.PersonHistoryQuery;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dashboards: a manager's own reporting line ("my team") and the whole organisation for HR and auditors.
 * The population is always part of the query: a manager's methods are built on their own id from the
 * security context, never on an id the caller passes in. Opening a report, downloading an export and looking
 * at one person's history are published as events, in the same transaction, for the audit trail.
 */
@Service
@Transactional(readOnly = true)
public class ReportingService {

    private static final Logger log = LoggerFactory.getLogger(ReportingService.class);
    static final String MY_TEAM = "my-team";
    static final String COMPLIANCE = "compliance";
    /** How many people "needs action" lists at most; the rest are counted. */
    static final int NEEDS_ACTION_LIMIT = 50;

    private final DashboardQuery dashboards;
    private final PersonHistoryQuery histories;
    private final CompletionRowsQuery completionRows;
    private final NeedsActionQuery needsAction;
    private final ContentService content;
    private final CurrentUser currentUser;
    private final Populations populations;
    private final Clock clock;
    private final RateLimiter reminders;
    private final Aggregates aggregates;
    private final ClosedMonths closedMonths;
    private final ApplicationEventPublisher events;
    private final ExecutorService parallel = Executors.newVirtualThreadPerTaskExecutor();

    ReportingService(DashboardQuery dashboards, PersonHistoryQuery histories, CompletionRowsQuery completionRows,
            NeedsActionQuery needsAction, ContentService content, CurrentUser currentUser, Populations populations, Clock clock,
            SmallGroups smallGroups, ApplicationEventPublisher events, ClosedMonths closedMonths) {
        this.dashboards = dashboards;
        this.histories = histories;
        this.completionRows = completionRows;
        this.needsAction = needsAction;
        this.content = content;
        this.currentUser = currentUser;
        this.populations = populations;
        this.clock = clock;
        this.reminders = new RateLimiter(clock, 1, Duration.ofDays(1));
        this.aggregates = new Aggregates(smallGroups);
        this.events = events;
        this.closedMonths = closedMonths;
    }

    /**
     * Everything "My team" shows when it opens, in two scans of the line's assignments, run side by side: people
     * with their counts, which add up to the headline (expiring completions included); modules by month, which
     * give the chart and the trend.
     */
    @RolesAllowed(Role.Names.MANAGER)
    @Transactional
    public TeamDashboard myTeam() {
        return myTeam(null);
    }

    /**
     * "My team" as it stood at the end of {@code asOf} (null: now): the people then in the manager's line, each
     * assignment in the cycle it was in then; the trend ends with that day's month.
     */
    @RolesAllowed(Role.Names.MANAGER)
    @Transactional
    public TeamDashboard myTeam(LocalDate asOf) {
        ReportFilter filter = ReportFilter.none().asOf(asOf);
        Criteria line = populations.myLine(filter);
        YearMonth thisMonth = asOf == null ? YearMonth.now(clock) : YearMonth.from(asOf);
        CompletableFuture<List<Cell>> modules = aside(() -> dashboards.breakdown(line, false, true,
                Aggregates.first(thisMonth)));
        List<PersonRow> people = dashboards.people(line, PeopleFilter.everyone());
        List<Cell> cells = await(modules);
        Counts total = people.stream().map(PersonRow::counts).reduce(Counts.NONE, Counts::plus);
        Headline headline = aggregates.headline(people.size(), total);
        events.publishEvent(new ReportViewed(MY_TEAM, filter.describe()));
        return new TeamDashboard(headline, aggregates.byModule(cells, titles()),
                aggregates.trend(cells, thisMonth, people.size()), people.stream().map(ReportingService::progress)
                .toList(), aggregates.minimum());
    }

    @RolesAllowed(Role.Names.MANAGER)
    public List<PersonProgress> myTeamPeople(PeopleFilter filter) {
        return myTeamPeople(filter, null);
    }

    /** The people of "My team" as it stood at the end of {@code asOf} (null: now), narrowed by the filter. */
    @RolesAllowed(Role.Names.MANAGER)
    public List<PersonProgress> myTeamPeople(PeopleFilter filter, LocalDate asOf) {
        return dashboards.people(populations.myLine(ReportFilter.none().asOf(asOf)), filter).stream()
                .map(ReportingService::progress).toList();
    }

    private static PersonProgress progress(PersonRow row) {
        Counts counts = row.counts();
        return new PersonProgress(row.id(), row.displayName(), row.department(),
                counts.current() - counts.completed(), counts.overdue(), counts.completed());
    }

    /**
     * One person's history, if they are in the signed-in manager's reporting line; empty otherwise. Looking
     * at it is published as {@link PersonalRecordViewed}, so the person can see who looked.
     */
    @RolesAllowed(Role.Names.MANAGER)
    @Transactional
    public Optional<PersonHistory> myTeamMember(long employeeId) {
        Optional<PersonHistory> history = histories.find(populations.myLine(ReportFilter.none()), employeeId,
                titles());
        history.ifPresent(h -> events.publishEvent(new PersonalRecordViewed(currentUser.require().employeeId(),
                new EmployeeId(h.id()), "training-history")));
        return history;
    }

    /**
     * Anyone's history and timeline, for HR. Looking at it is published as {@link PersonalRecordViewed}, so the
     * person can see who looked.
     */
    @RolesAllowed(Role.Names.HR)
    @Transactional
    public Optional<PersonHistory> person(long employeeId) {
        Optional<PersonHistory> history = histories.find(populations.organisation(ReportFilter.none()), employeeId,
                titles());
        history.ifPresent(h -> events.publishEvent(new PersonalRecordViewed(currentUser.require().employeeId(),
                new EmployeeId(h.id()), "training-history")));
        return history;
    }

    /**
     * The people of the signed-in manager's line who need a reminder now (only those for {@code reason}; null:
     * both), overdue first (the longest overdue first), then the soonest expiring; at most
     * {@value #NEEDS_ACTION_LIMIT}, with a count of the rest. Each says whether this manager reminded them today.
     */
    @RolesAllowed(Role.Names.MANAGER)
    public NeedsAction myTeamNeedsAction(NeedsAction.Reason reason) {
        long manager = currentUser.require().employeeId().value();
        LocalDate today = populations.today();
        NeedsActionQuery.Page page = needsAction.find(populations.myLine(ReportFilter.none()),
                reason != NeedsAction.Reason.EXPIRING, reason != NeedsAction.Reason.OVERDUE, NEEDS_ACTION_LIMIT);
        Map<String, String> titles = titles();
        List<NeedsAction.Row> rows = page.lines().stream().map(line -> {
            boolean overdue = line.reason() == NeedsAction.Reason.OVERDUE;
            LocalDate date = overdue ? line.dueDate() : LocalDate.ofInstant(line.expiresAt(), ZoneOffset.UTC);
            return new NeedsAction.Row(line.personId(), line.displayName(),
                    titles.getOrDefault(line.moduleId(), line.moduleId()), line.reason(), date,
                    overdue ? ChronoUnit.DAYS.between(date, today) : ChronoUnit.DAYS.between(today, date), line.modules() - 1,
                    reminders.exhausted(reminderKey(manager, line.personId())));
        }).toList();
        return new NeedsAction(rows, page.people() - rows.size());
    }

    /**
     * Records a reminder from the signed-in manager to one of their people about overdue training, at most
     * once a day per person. The notification feature e-mails it.
     */
    @RolesAllowed(Role.Names.MANAGER)
    public Reminder remindOverdue(long employeeId) {
        return remind(populations.myLine(ReportFilter.none()), employeeId, false);
    }

    /**
     * "Remind selected": one reminder to each of these people of the signed-in manager's line, within the same
     * once-a-day rule as {@link #remindOverdue}: about their overdue training, or, with nothing overdue, that
     * their training expires within 30 days.
     */
    @RolesAllowed(Role.Names.MANAGER)
    public Reminders remind(Collection<Long> people) {
        Criteria line = populations.myLine(ReportFilter.none());
        int[] outcomes = new int[Reminder.values().length];
        for (long person : new LinkedHashSet<>(people)) {
            outcomes[remind(line, person, true).ordinal()]++;
        }
        return new Reminders(outcomes[Reminder.RECORDED.ordinal()], outcomes[Reminder.ALREADY_TODAY.ordinal()],
                outcomes[Reminder.NOTHING_OVERDUE.ordinal()]);
    }

    private Reminder remind(Criteria line, long employeeId, boolean orExpiring) {
        long manager = currentUser.require().employeeId().value();
        boolean overdue = dashboards.overdueOf(line, employeeId) > 0;
        if (!overdue && !(orExpiring && dashboards.expiringOf(line, employeeId) > 0)) {
            return Reminder.NOTHING_OVERDUE;
        }
        if (!reminders.tryAcquire(reminderKey(manager, employeeId))) {
            return Reminder.ALREADY_TODAY;
        }
        EmployeeId person = new EmployeeId(employeeId);
        String managerName = currentUser.require().displayName();
        log.info("Manager {} reminded employee {} about {} training", manager, employeeId,
                overdue ? "overdue" : "expiring");
        events.publishEvent(overdue ? new OverdueReminderRequested(person, new EmployeeId(manager), managerName)
                : new ExpiryReminderRequested(person, new EmployeeId(manager), managerName,
                        clock.instant().plus(Criteria.EXPIRY_HORIZON)));
        return Reminder.RECORDED;
    }

    private static String reminderKey(long manager, long employeeId) {
        return manager + ":" + employeeId;
    }

    /**
     * What became of a reminder. NOTHING_OVERDUE: nothing to remind of (for "Remind selected", nothing overdue
     * or expiring either); someone outside the manager's line has, for them, nothing.
     */
    public enum Reminder {
        RECORDED, ALREADY_TODAY, NOTHING_OVERDUE
    }

    /**
     * Everything "Compliance" shows for a filter: one scan for the department by module matrix (whose cells
     * add up to the headline, expiring completions included), the trend, and an index look-up of the longest
     * overdue, run side by side. The trend's closed months are read from the stored months when the filter allows
     * it (whole organisation, by department and module at most), its current month is the headline's; otherwise
     * the trend is one more scan. With {@code asOf} every figure is of the record as it stood at the end of that
     * day, and the trend ends with that day's month.
     */
    @RolesAllowed({Role.Names.HR, Role.Names.AUDITOR})
    @Transactional
    public ComplianceDashboard compliance(ReportFilter filter, int overdueLimit) {
        Criteria organisation = populations.organisation(filter);
        YearMonth thisMonth = filter.asOf() == null ? YearMonth.now(clock) : YearMonth.from(filter.asOf());
        Map<String, String> titles = titles();
        boolean stored = organisation.storedMonthsApply();
        CompletableFuture<List<MonthFigure>> past = stored
                ? aside(() -> closedMonths.figures(organisation, thisMonth)) : null;
        CompletableFuture<List<Cell>> byMonth = stored ? null : aside(() -> dashboards.breakdown(organisation,
                false, false, Aggregates.first(thisMonth)));
        CompletableFuture<List<OverdueLine>> longest = aside(() -> dashboards.longestOverdue(organisation, titles,
                overdueLimit));
        long people = dashboards.population(organisation);
        List<Cell> matrix = dashboards.breakdown(organisation, true, true, null);
        Counts total = Aggregates.total(matrix);
        List<TrendPoint> trend = stored ? aggregates.trend(await(past), thisMonth, total, people)
                : aggregates.trend(await(byMonth), thisMonth, people);
        Headline headline = aggregates.headline(people, total);
        List<OverdueLine> overdue = await(longest);
        events.publishEvent(new ReportViewed(COMPLIANCE, filter.describe()));
        return new ComplianceDashboard(headline, aggregates.matrix(matrix, dashboards.departmentNames()), trend,
                overdue, aggregates.minimum());
    }

    /** Reads a filter from query parameters, refusing unknown or malformed ones ({@link FilterParameters}). */
    @RolesAllowed({Role.Names.HR, Role.Names.AUDITOR, Role.Names.MANAGER})
    public ReportFilter filter(Map<String, String[]> query) {
        return FilterParameters.parse(query, dashboards.departmentNames().values(), populations.today());
    }

    @RolesAllowed({Role.Names.HR, Role.Names.AUDITOR})
    public List<ManagerChoice> managers() {
        return dashboards.managers();
    }

    /**
     * Writes one row per assignment to {@code out} as the database delivers them. HR and auditors export the
     * organisation (narrowed by the filter); a manager always exports their own reporting line only. Auditors
     * get no e-mail addresses (docs/privacy.md).
     */
    @RolesAllowed({Role.Names.HR, Role.Names.AUDITOR, Role.Names.MANAGER})
    @Transactional
    public long exportCompletions(ReportFilter filter, ExportFormat format, OutputStream out) throws IOException {
        Map<String, String> titles = titles();
        boolean withEmail = Populations.seesEmail();
        CompletionWriter writer = CompletionWriter.of(format, out, CompletionColumns.HEADERS);
        AtomicLong rows = new AtomicLong();
        try {
            completionRows.forEach(populations.exportable(filter), row -> {
                try {
                    writer.write(CompletionColumns.values(row, titles, withEmail));
                    rows.incrementAndGet();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        writer.finish();
        events.publishEvent(new ExportDownloaded("completions." + format.extension(), filter.describe(),
                rows.get()));
        return rows.get();
    }

    /** Module titles by id, for the modules served now; older ids fall back to the id itself. */
    private Map<String, String> titles() {
        return content.servedModules().stream().filter(m -> m.title() != null)
                .collect(Collectors.toMap(ModuleSummary::id, ModuleSummary::title, (a, b) -> a));
    }

    /**
     * Runs one of a page's counts on another thread, and so on another database connection, while the caller
     * runs the next: the counts are independent reads, and the server has more than one core
     * (docs/decisions/0014-fast-dashboards.md). They run outside the caller's transaction.
     */
    private <T> CompletableFuture<T> aside(Supplier<T> query) {
        return CompletableFuture.supplyAsync(query, parallel);
    }

    private static <T> T await(CompletableFuture<T> result) {
        try {
            return result.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

}

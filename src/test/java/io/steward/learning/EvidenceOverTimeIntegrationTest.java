package io.steward.learning;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.base.EmployeeId;
import io.steward.content.ContentService;
import io.steward.demo.DemoOrganisation;
import io.steward.directory.Audience;
import io.steward.directory.importing.DirectoryImportService;
import io.steward.directory.importing.ImportMode;
import io.steward.reporting.ArchiveService;
import io.steward.reporting.ComplianceDashboard;
import io.steward.reporting.EvidenceScope;
import io.steward.reporting.ExportFormat;
import io.steward.reporting.Headline;
import io.steward.reporting.PeopleFilter;
import io.steward.reporting.PersonProgress;
import io.steward.reporting.ReportFilter;
import io.steward.reporting.ReportingService;
import io.steward.reporting.TrendPoint;
import io.steward.reporting.domain.EvidenceQuery.Period;
import io.steward.support.ApplicationClock;
import io.steward.support.IntegrationTest;
import io.steward.support.QuizTaker;
import io.steward.support.SignedIn;
import io.steward.support.StaffLists;
import io.steward.support.TestContent;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Three years of one organisation's training, played on the application's clock three years back: joiners,
 * movers between departments and managers, a leaver who returns, yearly renewals, a material change, an
 * exemption and, at last, the rule retired. The test keeps its own ledger of what happened, and at each year end checks the compliance
 * figures and the completions export as of that day against the ledger; at the end it asks the same questions
 * again, and makes the first year's evidence pack again, which must equal the one made when that year ended.
 */
@IntegrationTest
class EvidenceOverTimeIntegrationTest {

    private static final int DUE_IN_DAYS = 30;

    @Autowired
    private ApplicationClock clock;
    @Autowired
    private AssignmentService assignments;
    @Autowired
    private AllowanceService allowances;
    @Autowired
    private AssignmentCycle cycle;
    @Autowired
    private ContentService content;
    @Autowired
    private DirectoryImportService imports;
    @Autowired
    private ReportingService reports;
    @Autowired
    private ArchiveService archives;
    @Autowired
    private SignedIn signedIn;
    @Autowired
    private QuizTaker quizzes;
    @Autowired
    private JdbcClient jdbc;

    private final String unique = Long.toString(System.nanoTime(), 36);
    private final String north = "Evidence North " + unique;
    private final String south = "Evidence South " + unique;
    private final String leads = "Evidence Leads " + unique;
    private final String module = "evidence-" + unique;
    private final int first = LocalDate.now().getYear() - 3;
    private final Ledger ledger = new Ledger();

    @AfterEach
    void backToToday() {
        clock.reset();
        List<String> leavers = new ArrayList<>(List.of(row("lead-n", leads, null, false),
                row("lead-s", leads, null, false)));
        ledger.placements.keySet().forEach(p -> leavers.add(row(p, leads, null, false)));
        staff(leavers.toArray(String[]::new));
    }

    @Test
    void the_record_of_three_years_answers_for_any_year_end_the_same_today_as_then() throws IOException {
        // Year one: the organisation, the module and its rule.
        on(first, 1, 2);
        publish("1.0.0");
        List<String> rows = new ArrayList<>(List.of(lead("lead-n"), lead("lead-s")));
        for (int i = 1; i <= 6; i++) {
            rows.add(person("n" + i, north, "lead-n"));
            rows.add(person("s" + i, south, "lead-s"));
        }
        staff(rows.toArray(String[]::new));
        givePassword("lead-n");
        givePassword("lead-s");
        on(first, 1, 3);
        long rule;
        try (var hr = signedIn.as(DemoOrganisation.HR)) {
            rule = assignments.assign(new AssignmentRequest(module, new Audience(Audience.Type.DEPARTMENTS,
                    List.of(north, south)), null, DUE_IN_DAYS, Recertification.rolling(null))).id();
        }
        for (int i = 1; i <= 6; i++) {
            ledger.open("n" + i, "INITIAL", today(), today().plusDays(DUE_IN_DAYS));
            ledger.open("s" + i, "INITIAL", today(), today().plusDays(DUE_IN_DAYS));
        }
        on(first, 1, 20);
        complete("n1", "n2", "n3", "s1", "s2");
        on(first, 2, 10);
        complete("n4");
        on(first, 3, 1);
        exempt("s3", "Long-term leave");
        on(first, 6, 1);
        move("n2", south, "lead-s");
        join("j1", north, "lead-n");
        moveOut("s4");
        on(first, 9, 1);
        leave("n5");

        on(first + 1, 1, 1);
        checkYearEnd(first);
        checkToday();
        Map<String, byte[]> firstYearPack = pack(first);

        // Year two: renewals, a late completion of last year's cycle, a return, and a new major version.
        on(first + 1, 1, 2);
        runDailyJob();
        renew("n1", "n2", "n3", "s1", "s2");
        on(first + 1, 1, 15);
        runDailyJob();
        renew("n4");
        on(first + 1, 1, 18);
        complete("n1", "n2", "s1");
        on(first + 1, 2, 1);
        complete("j1");
        on(first + 1, 3, 1);
        returns("n5", north, "lead-n");
        on(first + 1, 4, 1);
        publish("2.0.0");
        for (String person : List.of("n1", "n2", "s1", "j1")) { // everyone whose cycle is done, on 1.0.0
            ledger.open(person, "MATERIAL_CHANGE", today(), today().plusDays(30));
        }
        on(first + 1, 4, 20);
        complete("n1");

        on(first + 2, 1, 1);
        checkYearEnd(first + 1);

        // Year three: another renewal and another move, then the rule is retired.
        on(first + 2, 3, 25);
        runDailyJob();
        renew("n1");
        on(first + 2, 4, 1);
        move("n4", south, "lead-s");
        on(first + 2, 4, 10);
        complete("n1", "n3", "s2");
        on(first + 2, 6, 1);
        try (var hr = signedIn.as(DemoOrganisation.HR)) {
            assignments.retire(rule);
        }
        ledger.cycles.forEach((person, cycles) -> {
            if (cycles.getLast().outcome == null) {
                ledger.end(person, "NO_LONGER_REQUIRED", today());
            }
        });

        on(first + 3, 1, 1);
        checkYearEnd(first + 2);

        // Later: every cycle is as the ledger says, every year end still reads the same, and so does the pack.
        on(first + 3, 1, 5);
        for (String person : ledger.cycles.keySet()) {
            assertThat(recordedCycles(person)).as("the cycles of " + person).isEqualTo(ledger.cyclesOf(person));
        }
        for (int year = first; year < first + 3; year++) {
            checkYearEnd(year);
        }
        Map<String, byte[]> again = pack(first);
        assertThat(again.keySet()).isEqualTo(firstYearPack.keySet());
        again.forEach((name, bytes) -> assertThat(new String(bytes, StandardCharsets.UTF_8))
                .as(name + " of the year-one pack, made two years later")
                .isEqualTo(new String(firstYearPack.get(name), StandardCharsets.UTF_8)));
    }

    // --- what is checked ---

    /** Today's compliance headline: expiring counts the completions that expire in the next 30 days from now. */
    private void checkToday() {
        LocalDate day = today();
        long expiring = 0;
        for (String department : List.of(north, south)) {
            ReportFilter filter = new ReportFilter(department, module, null, null, null, null, null);
            try (var hr = signedIn.as(DemoOrganisation.HR)) {
                Headline headline = reports.compliance(filter, 50).headline();
                long expected = ledger.expiring(department, day, day, day.plusDays(29));
                assertThat(headline.expiringSoon()).as("expiring from now in " + department).isEqualTo(expected);
                expiring += expected;
            }
        }
        assertThat(expiring).as("the scenario has completions about to expire").isPositive();
    }

    /** The compliance headline and the completions export as of 31 December, department by department. */
    private void checkYearEnd(int year) throws IOException {
        LocalDate day = LocalDate.of(year, 12, 31);
        for (String department : List.of(north, south)) {
            ReportFilter filter = new ReportFilter(department, module, null, null, null, null, day);
            try (var hr = signedIn.as(DemoOrganisation.HR)) {
                ComplianceDashboard dashboard = reports.compliance(filter, 50);
                Headline headline = dashboard.headline();
                Ledger.Figures expected = ledger.figures(department, day);
                assertThat(List.of(headline.people(), headline.assigned(), headline.completed(), headline.overdue()))
                        .as("people, assigned, completed and overdue in " + department + " on " + day)
                        .containsExactly(expected.people(), expected.assigned(), expected.completed(),
                                expected.overdue());
                // As of the day's end: completions that expire in the 30 days after it.
                assertThat(headline.expiringSoon()).as("expiring within 30 days of " + day + " in " + department)
                        .isEqualTo(ledger.expiring(department, day, day.plusDays(1), day.plusDays(30)));
                assertThat(dashboard.trend()).as("the trend of " + department + " to " + day).hasSize(12)
                        .noneMatch(TrendPoint::suppressed);
                assertThat(dashboard.trend().stream().map(p -> p.month() + " " + p.assigned() + "/" + p.completed())
                        .toList()).as("each month of the trend of " + department + " as the record stood at its end")
                        .isEqualTo(IntStream.rangeClosed(1, 12).mapToObj(m -> YearMonth.of(year, m)).map(m -> {
                            Ledger.Figures then = ledger.figures(department, m.atEndOfMonth());
                            return m + " " + then.assigned() + "/" + then.completed();
                        }).toList());
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                reports.exportCompletions(filter, ExportFormat.CSV, out);
                List<String> exported = csv(out.toByteArray()).stream()
                        .map(r -> String.join(" ", r.get("employee_id"), r.get("state"), r.get("overdue"),
                                r.get("due_date"), r.get("completed_at").isEmpty() ? "-"
                                        : r.get("completed_at").substring(0, 10)))
                        .sorted().toList();
                assertThat(exported).as("the export of " + department + " as of " + day)
                        .isEqualTo(ledger.rows(department, day).stream().map(this::withNumber)
                                .sorted().toList());
            }
        }
        for (String lead : List.of("lead-n", "lead-s")) {
            try (var manager = signedIn.as(email(lead))) {
                assertThat(reports.myTeamPeople(PeopleFilter.everyone(), day).stream()
                        .map(PersonProgress::displayName).sorted().toList())
                        .as("the line of " + lead + " as of " + day)
                        .isEqualTo(ledger.lineOf(lead, day).stream().map(EvidenceOverTimeIntegrationTest::name)
                                .sorted().toList());
            }
        }
        Map<String, byte[]> pack = pack(year);
        Period period = new Period(LocalDate.of(year, 1, 1), day);
        assertThat(csv(pack.get("population.csv")).stream().map(r -> String.join(" ", r.get("employee_id"),
                r.get("department"), r.get("manager"), r.get("employed_at_end"), r.get("cycles_in_period"))).sorted()
                .toList()).as("the population of " + year).isEqualTo(ledger.population(period).stream()
                .map(this::withNumber).map(this::names).sorted().toList());
        assertThat(csv(pack.get("exceptions.csv")).stream().map(r -> String.join(" ", r.get("employee_id"),
                r.get("kind"), r.get("first_day"), r.get("last_day"), r.get("days"))).sorted().toList())
                .as("the exceptions of " + year).isEqualTo(ledger.exceptions(period).stream().map(this::withNumber)
                        .sorted().toList());
    }

    private Map<String, byte[]> pack(int year) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var auditor = signedIn.as(DemoOrganisation.AUDITOR)) {
            archives.evidencePack(EvidenceScope.of(module, new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))),
                    out);
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    /** The cycles the application recorded for the person, in the ledger's terms. */
    private List<String> recordedCycles(String person) {
        return jdbc.sql("""
                SELECT c.reason, DATE(c.opened_at), c.due_date, c.outcome, DATE(c.ended_at)
                FROM assignment_cycle c JOIN employee e ON e.id = c.employee_id
                WHERE e.employee_number = ? AND c.module_id = ? ORDER BY c.opened_at, c.id""")
                .params(number(person), module)
                .query((rs, n) -> Ledger.describe(rs.getString(1), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class), rs.getString(4), rs.getObject(5, LocalDate.class)))
                .list();
    }

    // --- what happens ---

    private void on(int year, int month, int day) {
        clock.travelTo(LocalDate.of(year, month, day).atTime(9, 0).toInstant(ZoneOffset.UTC));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private void publish(String version) {
        TestContent.writeModule(module, TestContent.yearlyQuiz(module, "Evidence " + unique, version));
        try (var author = signedIn.as(DemoOrganisation.AUTHOR)) {
            content.reload();
        }
    }

    private void complete(String... people) {
        for (String person : people) {
            givePassword(person);
            assertThat(quizzes.pass(email(person), module).passed()).isTrue();
            ledger.end(person, "COMPLETED", today());
        }
    }

    /** As their invitation would: so that the person can sign in. */
    private void givePassword(String person) {
        signedIn.givePassword(number(person));
    }

    private void exempt(String person, String reason) {
        try (var hr = signedIn.as(DemoOrganisation.HR)) {
            assertThat(allowances.exempt(idOf(number(person)), module, reason)).isEmpty();
        }
        ledger.end(person, "EXEMPTED", today());
    }

    /** To another department in the rule's audience: the cycle goes on. */
    private void move(String person, String department, String manager) {
        staff(person(person, department, manager));
        ledger.place(person, department, manager, true, today());
    }

    /** To a department no rule covers: the open cycle is no longer required. */
    private void moveOut(String person) {
        staff(person(person, leads, null));
        ledger.place(person, leads, null, true, today());
        ledger.end(person, "NO_LONGER_REQUIRED", today());
    }

    private void join(String person, String department, String manager) {
        staff(person(person, department, manager));
        ledger.open(person, "JOINED", today(), today().plusDays(DUE_IN_DAYS));
    }

    private void leave(String person) {
        Ledger.Placement was = ledger.placementOn(person, today());
        staff(row(person, was.department(), was.manager(), false));
        ledger.place(person, was.department(), was.manager(), false, today());
        ledger.end(person, "NO_LONGER_REQUIRED", today());
    }

    private void returns(String person, String department, String manager) {
        staff(person(person, department, manager));
        ledger.place(person, department, manager, true, today());
        ledger.open(person, "RETURNED", today(), today().plusDays(DUE_IN_DAYS));
    }

    /** The daily job opened the next cycle for these people, due when their completion expires. */
    private void renew(String... people) {
        for (String person : people) {
            ledger.open(person, "RECERTIFICATION", today(), ledger.lastCompletion(person).plusYears(1));
        }
    }

    private void runDailyJob() {
        new AssignmentCycleJob(cycle, clock).run();
    }

    private void staff(String... rows) {
        try (var hr = signedIn.as(DemoOrganisation.HR)) {
            imports.importStaffList(StaffLists.file(List.of(rows)), ImportMode.PARTIAL);
        }
    }

    private String person(String person, String department, String manager) {
        if (!ledger.placements.containsKey(person) && !person.startsWith("lead")) {
            ledger.place(person, department, manager, true, today());
        }
        return row(person, department, manager, true);
    }

    /** A manager, who can sign in (once imported and given a password) to see their line. */
    private String lead(String person) {
        return StaffLists.row(number(person), email(person), name(person), leads, "", "MANAGER", "en",
                first + "-01-02", true);
    }

    private String row(String person, String department, String manager, boolean active) {
        return StaffLists.row(number(person), email(person), name(person), department,
                manager == null ? "" : number(manager), "", "en", first + "-01-02", active);
    }

    private String number(String person) {
        return "V" + unique + person;
    }

    /** A ledger line with its first word, a person, given as their employee id. */
    private String withNumber(String line) {
        int space = line.indexOf(' ');
        return number(line.substring(0, space)) + line.substring(space);
    }

    /** A population line with the manager, a person, given by name. */
    private String names(String line) {
        for (String lead : List.of("lead-n", "lead-s")) {
            line = line.replace(" @" + lead + " ", " " + name(lead) + " ");
        }
        return line.replace(" @- ", "  ");
    }

    private String email(String person) {
        return "v" + unique + person + "@example.com";
    }

    private static String name(String person) {
        return "Evidence " + person;
    }

    private static List<CSVRecord> csv(byte[] file) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(file, StandardCharsets.UTF_8))).getRecords();
    }

    /**
     * The scenario as the test itself recorded it, day by day: where each person was, and each cycle with how
     * it ended. Everything the reports are checked against is computed here, from these facts alone.
     */
    private static final class Ledger {

        record Placement(String department, String manager, boolean active, LocalDate from) {
        }

        static final class Cycle {
            final String reason;
            final LocalDate opened;
            final LocalDate due;
            String outcome;
            LocalDate ended;

            Cycle(String reason, LocalDate opened, LocalDate due) {
                this.reason = reason;
                this.opened = opened;
                this.due = due;
            }

            /** How it had ended by the end of {@code day}: null while still open then. */
            String outcomeOn(LocalDate day) {
                return ended != null && !ended.isAfter(day) ? outcome : null;
            }

            boolean overdueOn(LocalDate day) {
                return outcomeOn(day) == null && due.isBefore(day);
            }
        }

        record Figures(long people, long assigned, long completed, long overdue) {
        }

        final Map<String, List<Placement>> placements = new TreeMap<>();
        final Map<String, List<Cycle>> cycles = new TreeMap<>();

        void place(String person, String department, String manager, boolean active, LocalDate from) {
            placements.computeIfAbsent(person, p -> new ArrayList<>())
                    .add(new Placement(department, manager, active, from));
        }

        void open(String person, String reason, LocalDate on, LocalDate due) {
            cycles.computeIfAbsent(person, p -> new ArrayList<>()).add(new Cycle(reason, on, due));
        }

        void end(String person, String outcome, LocalDate on) {
            Cycle last = cycles.get(person).getLast();
            last.outcome = outcome;
            last.ended = on;
        }

        LocalDate lastCompletion(String person) {
            return cycles.get(person).reversed().stream().filter(c -> "COMPLETED".equals(c.outcome))
                    .findFirst().orElseThrow().ended;
        }

        Placement placementOn(String person, LocalDate day) {
            return placements.get(person).reversed().stream().filter(p -> !p.from().isAfter(day)).findFirst()
                    .orElse(null);
        }

        Cycle cycleOn(String person, LocalDate day) {
            return cycles.getOrDefault(person, List.of()).reversed().stream().filter(c -> !c.opened.isAfter(day))
                    .findFirst().orElse(null);
        }

        /** The people employed under the manager at the end of the day. */
        List<String> lineOf(String manager, LocalDate day) {
            return placements.keySet().stream().filter(p -> {
                Placement at = placementOn(p, day);
                return at != null && at.active() && manager.equals(at.manager());
            }).toList();
        }

        /** The people employed in the department at the end of the day. */
        List<String> staffOf(String department, LocalDate day) {
            return placements.keySet().stream().filter(p -> {
                Placement at = placementOn(p, day);
                return at != null && at.active() && at.department().equals(department);
            }).toList();
        }

        Figures figures(String department, LocalDate day) {
            long assigned = 0;
            long completed = 0;
            long overdue = 0;
            List<String> people = staffOf(department, day);
            for (String person : people) {
                Cycle cycle = cycleOn(person, day);
                if (cycle == null) {
                    continue;
                }
                String outcome = cycle.outcomeOn(day);
                if (outcome == null || outcome.equals("COMPLETED")) {
                    assigned++;
                }
                if ("COMPLETED".equals(outcome)) {
                    completed++;
                }
                if (cycle.overdueOn(day)) {
                    overdue++;
                }
            }
            return new Figures(people.size(), assigned, completed, overdue);
        }

        /**
         * The people of the department at the end of {@code day} whose cycle then was completed and whose
         * completion (valid for a year) expires from {@code first} to {@code last}.
         */
        long expiring(String department, LocalDate day, LocalDate first, LocalDate last) {
            return staffOf(department, day).stream().map(person -> cycleOn(person, day))
                    .filter(cycle -> cycle != null && "COMPLETED".equals(cycle.outcomeOn(day)))
                    .map(cycle -> cycle.ended.plusYears(1))
                    .filter(expires -> !expires.isBefore(first) && !expires.isAfter(last)).count();
        }

        /** The export's rows: person, state, overdue, due date, day completed ("-": not completed). */
        List<String> rows(String department, LocalDate day) {
            List<String> rows = new ArrayList<>();
            for (String person : staffOf(department, day)) {
                Cycle cycle = cycleOn(person, day);
                if (cycle != null) {
                    String outcome = cycle.outcomeOn(day);
                    rows.add(String.join(" ", person, outcome == null ? "ASSIGNED" : outcome,
                            String.valueOf(cycle.overdueOn(day)), cycle.due.toString(),
                            "COMPLETED".equals(outcome) ? cycle.ended.toString() : "-"));
                }
            }
            return rows;
        }

        private List<Cycle> inPeriod(String person, Period period) {
            return cycles.getOrDefault(person, List.of()).stream()
                    .filter(c -> !c.opened.isAfter(period.to()) && (c.ended == null || !c.ended.isBefore(period.from())))
                    .toList();
        }

        /** Population lines: person, department, @manager (or @-), employed at the end, cycles in the period. */
        List<String> population(Period period) {
            List<String> lines = new ArrayList<>();
            for (String person : cycles.keySet()) {
                int count = inPeriod(person, period).size();
                if (count > 0) {
                    Placement at = placementOn(person, period.to());
                    lines.add(String.join(" ", person, at.department(), "@" + (at.manager() == null ? "-"
                            : at.manager()), String.valueOf(at.active()), String.valueOf(count)));
                }
            }
            return lines;
        }

        /** Exception lines: person, kind, first day, last day, number of days. */
        List<String> exceptions(Period period) {
            List<String> lines = new ArrayList<>();
            for (String person : cycles.keySet()) {
                for (Cycle cycle : inPeriod(person, period)) {
                    if ("EXEMPTED".equals(cycle.outcome) && !cycle.ended.isAfter(period.to())) {
                        lines.add(String.join(" ", person, "EXEMPTED", cycle.ended.toString(),
                                cycle.ended.toString(), "1"));
                    }
                    LocalDate from = max(cycle.due.plusDays(1), period.from());
                    LocalDate to = cycle.ended == null || cycle.ended.isAfter(period.to()) ? period.to()
                            : cycle.ended;
                    if (!from.isAfter(to)) {
                        lines.add(String.join(" ", person, "OVERDUE", from.toString(), to.toString(),
                                String.valueOf(from.datesUntil(to.plusDays(1)).count())));
                    }
                }
            }
            return lines;
        }

        List<String> cyclesOf(String person) {
            return cycles.get(person).stream().map(c -> describe(c.reason, c.opened, c.due, c.outcome, c.ended))
                    .toList();
        }

        static String describe(String reason, LocalDate opened, LocalDate due, String outcome, LocalDate ended) {
            return reason + " opened " + opened + " due " + due + (outcome == null ? " open"
                    : " " + outcome + " " + ended);
        }

        private static LocalDate max(LocalDate a, LocalDate b) {
            return a.isAfter(b) ? a : b;
        }
    }

    private EmployeeId idOf(String employeeNumber) {
        return new EmployeeId(jdbc.sql("SELECT id FROM employee WHERE employee_number = ?").param(employeeNumber)
                .query(Long.class).single());
    }
}

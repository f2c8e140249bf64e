package io.steward.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.base.EmployeeId;
import io.steward.base.Role;
import io.steward.base.SignedInUser;
import io.steward.demo.DemoOrganisation;
import io.steward.reporting.domain.Criteria;
import io.steward.reporting.domain.DashboardQuery;
import io.steward.reporting.domain.EvidenceQuery;
import io.steward.support.TestDatabase;
import io.steward.support.IntegrationTest;
import io.steward.support.SignedIn;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Reports on a generated organisation of 10,000 people ({@link BenchOrganisation}): the manager dashboard of
 * someone with 2,388 people below them, the HR compliance page, and the CSV export of every assignment. Each
 * page is timed as a whole (the service call) and query by query; each query is compared with its bare
 * aggregate SQL run in the {@code mariadb} command-line client on the same database (the floor). Checks that
 * the figures equal an independent count; prints timings, which never fail the run.
 */
@IntegrationTest
class ReportingBenchmark {

    private static final int WARM_UP = 5;
    private static final int RUNS = 30;

    @Autowired
    private ReportingService reports;
    @Autowired
    private SignedIn signedIn;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private DashboardQuery queries;
    @Autowired
    private ClosedMonths closedMonths;
    @Autowired
    private ArchiveService archives;

    @Test
    void dashboards_and_export_on_ten_thousand_people() throws IOException {
        LocalDate today = LocalDate.now();
        long began = System.nanoTime();
        new BenchOrganisation(jdbc).generate(today);
        double loadSeconds = (System.nanoTime() - began) / 1e9;
        long assignments = count("SELECT COUNT(*) FROM assignment");
        long attempts = count("SELECT COUNT(*) FROM quiz_attempt");
        jdbc.sql("ANALYZE TABLE employee, assignment, completion, certificate, quiz_attempt, assignment_cycle, "
                + "employee_placement").query().listOfRows();
        long manager = BenchOrganisation.person(3);
        long line = count(line(manager) + "SELECT COUNT(*) FROM line");
        System.out.printf(Locale.ROOT, "%nREPORTING BENCHMARK%ngenerated in %.1f s: %d people, %d assignments, "
                + "%d quiz attempts, %d completions (%d of earlier cycles), %d cycles, %d placements; benchmark "
                + "manager has %d people below them; CPU cores: %d%n", loadSeconds,
                count("SELECT COUNT(*) FROM employee"), assignments, attempts, count("SELECT COUNT(*) FROM completion"),
                count("SELECT COUNT(*) FROM assignment_cycle WHERE completion_id IS NOT NULL"),
                count("SELECT COUNT(*) FROM assignment_cycle"), count("SELECT COUNT(*) FROM employee_placement"), line,
                Runtime.getRuntime().availableProcessors());

        long storing = System.nanoTime();
        closedMonths.storeMissing();
        double storeSeconds = (System.nanoTime() - storing) / 1e9;
        System.out.printf(Locale.ROOT, "storing the %d closed months since the record began (first time): %.1f s%n",
                count("SELECT COUNT(*) FROM reporting_month"), storeSeconds);

        signInAsBenchManager(manager);
        TeamDashboard dashboard = reports.myTeam();
        assertThat(dashboard.headline().assigned()).as("dashboard equals an independent count").isEqualTo(count("""
                SELECT COUNT(*) FROM assignment WHERE state IN ('ASSIGNED', 'IN_PROGRESS', 'COMPLETED')
                  AND employee_id IN (%s SELECT id FROM line)""".formatted(line(manager))));
        assertThat(dashboard.people()).hasSize((int) line);
        Criteria team = Criteria.below(manager, ReportFilter.none(), Instant.now(), today);
        Criteria organisation = Criteria.organisation(ReportFilter.none(), Instant.now(), today);
        YearMonth first = Aggregates.first(YearMonth.now());
        String below = line(manager);
        String now = "TIMESTAMP '" + Timestamp.from(Instant.now()) + "'";
        Floor floor = new Floor(TestDatabase.url());
        List<Measured> measured = new ArrayList<>();
        measured.add(measure("my team: page (myTeam)", reports::myTeam, null));
        measured.add(measure("  people with their counts", () -> queries.people(team, PeopleFilter.everyone()),
                floor.time(below + """
                        SELECT a.employee_id, COUNT(*), SUM(a.state = 'COMPLETED'),
                               SUM(a.state IN ('ASSIGNED', 'IN_PROGRESS') AND a.due_date < CURRENT_DATE)
                        FROM line JOIN assignment a ON a.employee_id = line.id GROUP BY a.employee_id""")));
        measured.add(measure("  modules by month", () -> queries.breakdown(team, false, true, first),
                floor.time(below + """
                        SELECT a.module_id, EXTRACT(YEAR_MONTH FROM a.assigned_at) am,
                               EXTRACT(YEAR_MONTH FROM a.completed_at) cm, COUNT(*), SUM(a.state = 'COMPLETED')
                        FROM line JOIN assignment a ON a.employee_id = line.id GROUP BY a.module_id, am, cm""")));
        SecurityContextHolder.clearContext();

        AtomicLong bytes = new AtomicLong();
        double exportSeconds;
        long heapGrowth;
        AtomicLong packBytes = new AtomicLong();
        double packSeconds;
        long packHeapGrowth;
        try (var hr = signedIn.as(DemoOrganisation.HR)) {
            List<TrendPoint> trend = reports.compliance(ReportFilter.none(), 20).trend();
            for (TrendPoint point : List.of(trend.getFirst(), trend.get(9))) {
                assertThat(List.of(point.assigned(), point.completed())).as("trend in " + point.month()
                        + " equals an independent count as of its end").isEqualTo(countedAtEnd(point.month()));
            }
            assertThat(List.of(trend.getLast().assigned(), trend.getLast().completed()))
                    .as("this month's point equals an independent count").isEqualTo(jdbc.sql("""
                            SELECT SUM(a.state IN ('ASSIGNED', 'IN_PROGRESS', 'COMPLETED')), SUM(a.state = 'COMPLETED')
                            FROM assignment a JOIN employee e ON e.id = a.employee_id WHERE e.active""")
                            .query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2))).single());
            measured.add(measure("compliance: page (compliance, whole organisation)",
                    () -> reports.compliance(ReportFilter.none(), 20), null));
            measured.add(measure("  department x module matrix", () -> queries.breakdown(organisation, true, true,
                    null), floor.time("""
                    SELECT e.department_id, a.module_id, COUNT(*), SUM(a.state = 'COMPLETED')
                    FROM assignment a JOIN employee e ON e.id = a.employee_id
                    GROUP BY e.department_id, a.module_id""")));
            measured.add(measure("  trend: 11 stored closed months", () -> closedMonths.figures(organisation,
                    YearMonth.now()), floor.time("""
                    SELECT month, SUM(assigned), SUM(completed) FROM reporting_month_figure
                    WHERE month BETWEEN %d AND %d GROUP BY month""".formatted(key(first),
                    key(YearMonth.now().minusMonths(1))))));
            measured.add(measure("  (trend counted live, for other filters)", () -> queries.breakdown(organisation,
                    false, false, first), floor.time("""
                    SELECT EXTRACT(YEAR_MONTH FROM assigned_at) am, EXTRACT(YEAR_MONTH FROM completed_at) cm,
                           COUNT(*), SUM(state = 'COMPLETED') FROM assignment GROUP BY am, cm""")));
            measured.add(measure("  overdue longest (20)", () -> queries.longestOverdue(organisation, Map.of(), 20),
                    floor.time("""
                    SELECT employee_id, module_id, due_date FROM assignment
                    WHERE state IN ('ASSIGNED', 'IN_PROGRESS') AND due_date < CURRENT_DATE
                    ORDER BY due_date LIMIT 20""")));
            measured.add(measure("  people in the population", () -> queries.population(organisation),
                    floor.time("SELECT COUNT(*) FROM employee WHERE active")));

            ReportFilter yearAgo = ReportFilter.none().asOf(today.minusYears(1));
            Criteria then = Criteria.organisation(yearAgo, Instant.now(), today);
            String end = "TIMESTAMP '" + today.minusYears(1).plusDays(1) + " 00:00:00'";
            String placedThen = "employee_placement p ON p.employee_id = c.employee_id AND p.active AND p.valid_from < "
                    + end + " AND (p.valid_to IS NULL OR p.valid_to >= " + end + ")";
            assertThat(reports.compliance(yearAgo, 20).headline().assigned())
                    .as("assigned a year ago equals an independent count").isEqualTo(count("""
                            SELECT COUNT(*) FROM assignment_cycle c JOIN %1$s
                            WHERE c.opened_at < %2$s AND (c.ended_at IS NULL OR c.ended_at >= %2$s
                                                          OR c.outcome = 'COMPLETED')
                              AND c.opened_at = (SELECT MAX(n.opened_at) FROM assignment_cycle n
                                                 WHERE n.employee_id = c.employee_id AND n.module_id = c.module_id
                                                   AND n.opened_at < %2$s)""".formatted(placedThen, end)));
            measured.add(measure("compliance as of a year ago: page (whole organisation)",
                    () -> reports.compliance(yearAgo, 20), null));
            measured.add(measure("  department x module matrix", () -> queries.breakdown(then, true, true, null),
                    floor.time("""
                    SELECT p.department_id, c.module_id, COUNT(*), SUM(c.outcome = 'COMPLETED' AND c.ended_at < %2$s)
                    FROM assignment_cycle c JOIN %1$s
                    WHERE c.opened_at < %2$s AND (c.superseded_at IS NULL OR c.superseded_at >= %2$s)
                    GROUP BY p.department_id, c.module_id""".formatted(placedThen, end))));
            measured.add(measure("  trend: 11 stored closed months", () -> closedMonths.figures(then,
                    YearMonth.from(today.minusYears(1))), null));
            measured.add(measure("  overdue longest (20)", () -> queries.longestOverdue(then, Map.of(), 20),
                    floor.time("""
                    SELECT c.employee_id, c.module_id, c.due_date FROM assignment_cycle c
                    WHERE c.due_date < DATE(%1$s) - INTERVAL 1 DAY AND c.opened_at < %1$s
                      AND (c.superseded_at IS NULL OR c.superseded_at >= %1$s)
                      AND (c.ended_at IS NULL OR c.ended_at >= %1$s)
                    ORDER BY c.due_date LIMIT 20""".formatted(end))));
            measured.add(measure("  people in the population", () -> queries.population(then), floor.time(
                    "SELECT COUNT(*) FROM " + placedThen.replace(" ON p.employee_id = c.employee_id AND", " WHERE"))));

            int lastYear = today.getYear() - 1;
            EvidenceQuery.Period period = new EvidenceQuery.Period(LocalDate.of(lastYear, 1, 1),
                    LocalDate.of(lastYear, 12, 31));
            long p0 = System.nanoTime();
            archives.evidencePack(EvidenceScope.of("bench-module-1", period), new CountingStream(packBytes, false));
            packSeconds = (System.nanoTime() - p0) / 1e9;
            CountingStream packHeap = new CountingStream(new AtomicLong(), true);
            archives.evidencePack(EvidenceScope.of("bench-module-1", period), packHeap);
            packHeapGrowth = packHeap.heapGrowth();
            long t0 = System.nanoTime();
            reports.exportCompletions(ReportFilter.none(), ExportFormat.CSV, new CountingStream(bytes, false));
            exportSeconds = (System.nanoTime() - t0) / 1e9;
            CountingStream heap = new CountingStream(new AtomicLong(), true);
            reports.exportCompletions(ReportFilter.none(), ExportFormat.CSV, heap);
            heapGrowth = heap.heapGrowth();
        }

        System.out.printf(Locale.ROOT, "%n%-52s %9s %9s %12s %12s %7s%n", "server time, ms (floor: mariadb client)",
                "p50", "p95", "floor p50", "floor p95", "ratio");
        for (Measured m : measured) {
            System.out.printf(Locale.ROOT, "%-52s %9.1f %9.1f %12s %12s %7s%n", m.name(), ms(m.nanos(), 0.5),
                    ms(m.nanos(), 0.95), m.floor() == null ? "" : "%.1f".formatted(ms(m.floor(), 0.5)),
                    m.floor() == null ? "" : "%.1f".formatted(ms(m.floor(), 0.95)), m.floor() == null ? ""
                            : "%.1f".formatted(ms(m.nanos(), 0.95) / ms(m.floor(), 0.95)));
        }
        System.out.printf(Locale.ROOT, "floor command: %s%n", floor.command());
        System.out.printf(Locale.ROOT, "CSV export of %d rows: %.2f s, %.1f MB written, heap growth %.1f MB%n%n",
                assignments, exportSeconds, bytes.get() / 1e6, heapGrowth / 1e6);
        System.out.printf(Locale.ROOT, "evidence pack of bench-module-1 for %d (%d cycles of it in all): %.2f s, "
                + "%.1f MB written, heap growth %.1f MB%n%n", today.getYear() - 1,
                count("SELECT COUNT(*) FROM assignment_cycle WHERE module_id = 'bench-module-1'"), packSeconds,
                packBytes.get() / 1e6, packHeapGrowth / 1e6);
        assertThat(bytes.get()).isPositive();
    }

    private record Measured(String name, List<Long> nanos, List<Long> floor) {
    }

    private static Measured measure(String name, Runnable run, List<Long> floor) {
        return new Measured(name, time(run), floor);
    }

    /** The recursive query for everyone below a manager, as {@code line (id)}, written apart from the app's. */
    private static String line(long manager) {
        return """
                WITH RECURSIVE line (id) AS (SELECT id FROM employee WHERE manager_id = %d
                UNION ALL SELECT e.id FROM employee e JOIN line l ON e.manager_id = l.id)
                """.formatted(manager);
    }

    /**
     * Times bare SQL in the {@code mariadb} command-line client on the benchmark's database: one client
     * session per query, {@link #WARM_UP} untimed runs, then {@link #RUNS} runs each timed by the server
     * ({@code NOW(6)} before and after), so connecting and starting the client are not counted.
     */
    private static final class Floor {

        private static final String CLIENT = "/usr/bin/mariadb";
        private final List<String> command;

        Floor(String jdbcUrl) {
            URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
            command = List.of(CLIENT, "--no-defaults", "--host=127.0.0.1", "--port=" + uri.getPort(),
                    "--user=" + TestDatabase.user(), "--batch", "--skip-column-names",
                    uri.getPath().substring(1));
        }

        String command() {
            return String.join(" ", command) + " < script (SET @t0 = NOW(6); <query>; SELECT elapsed) x "
                    + (WARM_UP + RUNS);
        }

        List<Long> time(String sql) {
            StringBuilder script = new StringBuilder();
            for (int i = 0; i < WARM_UP + RUNS; i++) {
                script.append("SET @t0 = NOW(6);\n").append(sql).append(";\n")
                        .append("SELECT CONCAT('FLOOR_US ', TIMESTAMPDIFF(MICROSECOND, @t0, NOW(6)));\n");
            }
            try {
                Process client = new ProcessBuilder(command).redirectErrorStream(true).start();
                try (var in = client.getOutputStream()) {
                    in.write(script.toString().getBytes(StandardCharsets.UTF_8));
                }
                List<Long> all = new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                        .filter(l -> l.startsWith("FLOOR_US ")).map(l -> Long.parseLong(l.substring(9)) * 1_000)
                        .toList();
                if (client.waitFor() != 0 || all.size() != WARM_UP + RUNS) {
                    throw new IllegalStateException("the mariadb client failed on: " + sql);
                }
                List<Long> nanos = new ArrayList<>(all.subList(WARM_UP, all.size()));
                Collections.sort(nanos);
                return nanos;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private void signInAsBenchManager(long id) {
        SignedInUser user = new SignedInUser(new EmployeeId(id), "bench3@bench.example", "", true, "Bench Person 3",
                Locale.ENGLISH, EnumSet.of(Role.EMPLOYEE, Role.MANAGER));
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    /**
     * The trend's two figures at the end of {@code month}, written apart from the app's query: each person's
     * latest cycle opened by then (found by {@code MAX(opened_at)}, not by {@code superseded_at}), of the people
     * whose placement then was active, not ended by then or completed; and those completed by then.
     */
    private List<Long> countedAtEnd(YearMonth month) {
        return jdbc.sql("""
                SELECT SUM(c.ended_at IS NULL OR c.ended_at >= :end OR c.outcome = 'COMPLETED'),
                       SUM(c.outcome = 'COMPLETED' AND c.ended_at < :end)
                FROM assignment_cycle c
                JOIN employee_placement p ON p.employee_id = c.employee_id AND p.active AND p.valid_from < :end
                                         AND (p.valid_to IS NULL OR p.valid_to >= :end)
                WHERE c.opened_at < :end
                  AND c.opened_at = (SELECT MAX(n.opened_at) FROM assignment_cycle n
                                     WHERE n.employee_id = c.employee_id AND n.module_id = c.module_id
                                       AND n.opened_at < :end)""")
                .param("end", Timestamp.from(month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant()))
                .query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2))).single();
    }

    private static int key(YearMonth month) {
        return month.getYear() * 100 + month.getMonthValue();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static List<Long> time(Runnable run) {
        for (int i = 0; i < WARM_UP; i++) {
            run.run();
        }
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            run.run();
            nanos.add(System.nanoTime() - t0);
        }
        Collections.sort(nanos);
        return nanos;
    }

    private static double ms(List<Long> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1)) / 1e6;
    }

    /**
     * Counts what the export writes. When {@code watchHeap} is set, it collects garbage every 4 MB written and
     * keeps the largest heap still in use after collection, minus the heap in use before the export: what
     * the export holds on to, rather than the garbage it makes on the way (a separate run from the timing).
     */
    private static final class CountingStream extends OutputStream {

        private static final long SAMPLE_EVERY = 4_000_000;

        private final AtomicLong bytes;
        private final boolean watchHeap;
        private final long baseline;
        private long nextSample = SAMPLE_EVERY;
        private long peak;

        CountingStream(AtomicLong bytes, boolean watchHeap) {
            this.bytes = bytes;
            this.watchHeap = watchHeap;
            this.baseline = watchHeap ? usedAfterCollection() : 0;
        }

        @Override
        public void write(int b) {
            count(1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count(len);
        }

        private void count(long n) {
            long total = bytes.addAndGet(n);
            if (watchHeap && total >= nextSample) {
                nextSample += SAMPLE_EVERY;
                peak = Math.max(peak, usedAfterCollection());
            }
        }

        long heapGrowth() {
            return Math.max(0, peak - baseline);
        }

        private static long usedAfterCollection() {
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            System.gc();
            return memory.getHeapMemoryUsage().getUsed();
        }
    }
}

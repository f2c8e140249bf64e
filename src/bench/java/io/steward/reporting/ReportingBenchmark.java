package io.steward.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.base.EmployeeId;
import io.steward.base.Role;
import io.steward.base.SignedInUser;
import io.steward.demo.DemoOrganisation;
import io.steward.support.IntegrationTest;
import io.steward.support.SignedIn;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Reports on a generated organisation of 10,000 people ({@link BenchOrganisation}): the manager dashboard of
 * someone with about 2,000 people below them, the HR compliance page, and the CSV export of every assignment.
 * Each dashboard is also compared with its bare aggregate SQL run straight on JDBC (the floor). Checks that
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

    @Test
    void dashboards_and_export_on_ten_thousand_people() throws IOException {
        LocalDate today = LocalDate.now();
        long began = System.nanoTime();
        new BenchOrganisation(jdbc).generate(today);
        double loadSeconds = (System.nanoTime() - began) / 1e9;
        long assignments = count("SELECT COUNT(*) FROM assignment");
        long attempts = count("SELECT COUNT(*) FROM quiz_attempt");
        jdbc.sql("ANALYZE TABLE employee, assignment, completion, certificate, quiz_attempt").query().listOfRows();
        long manager = BenchOrganisation.person(3);
        long line = count("""
                WITH RECURSIVE line (id) AS (SELECT id FROM employee WHERE manager_id = %d
                UNION ALL SELECT e.id FROM employee e JOIN line l ON e.manager_id = l.id) SELECT COUNT(*) FROM line"""
                .formatted(manager));
        System.out.printf(Locale.ROOT, "%nREPORTING BENCHMARK%ngenerated in %.1f s: %d people, %d assignments, "
                + "%d quiz attempts; benchmark manager has %d people below them; CPU cores: %d%n", loadSeconds,
                count("SELECT COUNT(*) FROM employee"), assignments, attempts, line,
                Runtime.getRuntime().availableProcessors());

        signInAsBenchManager(manager);
        Headline headline = reports.myTeamHeadline();
        assertThat(headline.assigned()).as("dashboard equals an independent count").isEqualTo(count("""
                SELECT COUNT(*) FROM assignment WHERE state <> 'EXEMPTED' AND employee_id IN (
                  WITH RECURSIVE line (id) AS (SELECT id FROM employee WHERE manager_id = %d
                  UNION ALL SELECT e.id FROM employee e JOIN line l ON e.manager_id = l.id) SELECT id FROM line)"""
                .formatted(manager)));
        List<Long> team = time(() -> {
            reports.myTeamHeadline();
            reports.myTeamByModule();
            reports.myTeamPeople(PeopleFilter.everyone());
        });
        List<Long> teamFloor = time(() -> jdbc.sql("""
                WITH RECURSIVE line (id) AS (SELECT id FROM employee WHERE manager_id = %d
                UNION ALL SELECT e.id FROM employee e JOIN line l ON e.manager_id = l.id)
                SELECT a.module_id, COUNT(*), SUM(a.state = 'COMPLETED') FROM line JOIN assignment a
                ON a.employee_id = line.id GROUP BY a.module_id""".formatted(manager)).query().listOfRows());
        SecurityContextHolder.clearContext();

        List<Long> compliance;
        List<Long> complianceFloor;
        AtomicLong bytes = new AtomicLong();
        double exportSeconds;
        long heapGrowth;
        try (var hr = signedIn.as(DemoOrganisation.HR)) {
            compliance = time(() -> {
                reports.headline(ReportFilter.none());
                reports.matrix(ReportFilter.none());
                reports.longestOverdue(ReportFilter.none(), 20);
            });
            complianceFloor = time(() -> jdbc.sql("""
                    SELECT e.department_id, a.module_id, COUNT(*), SUM(a.state = 'COMPLETED')
                    FROM assignment a JOIN employee e ON e.id = a.employee_id
                    GROUP BY e.department_id, a.module_id""").query().listOfRows());
            long t0 = System.nanoTime();
            reports.exportCompletions(ReportFilter.none(), ExportFormat.CSV, new CountingStream(bytes, false));
            exportSeconds = (System.nanoTime() - t0) / 1e9;
            CountingStream measured = new CountingStream(new AtomicLong(), true);
            reports.exportCompletions(ReportFilter.none(), ExportFormat.CSV, measured);
            heapGrowth = measured.heapGrowth();
        }

        System.out.printf(Locale.ROOT, "manager dashboard (headline + by module + people) ms: p50 %.1f, p95 %.1f;"
                        + " bare SQL p50 %.1f, p95 %.1f; ratio (p95) %.1f%n", ms(team, 0.5), ms(team, 0.95),
                ms(teamFloor, 0.5), ms(teamFloor, 0.95), ms(team, 0.95) / ms(teamFloor, 0.95));
        System.out.printf(Locale.ROOT, "compliance (headline + matrix + overdue) ms: p50 %.1f, p95 %.1f;"
                        + " bare SQL p50 %.1f, p95 %.1f; ratio (p95) %.1f%n", ms(compliance, 0.5), ms(compliance, 0.95),
                ms(complianceFloor, 0.5), ms(complianceFloor, 0.95), ms(compliance, 0.95) / ms(complianceFloor, 0.95));
        System.out.printf(Locale.ROOT, "CSV export of %d rows: %.2f s, %.1f MB written, heap growth %.1f MB%n%n",
                assignments, exportSeconds, bytes.get() / 1e6, heapGrowth / 1e6);
        assertThat(bytes.get()).isPositive();
    }

    private void signInAsBenchManager(long id) {
        SignedInUser user = new SignedInUser(new EmployeeId(id), "bench3@bench.example", "", true, "Bench Person 3",
                Locale.ENGLISH, EnumSet.of(Role.EMPLOYEE, Role.MANAGER));
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
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

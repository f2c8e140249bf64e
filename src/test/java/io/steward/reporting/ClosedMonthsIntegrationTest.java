package io.steward.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.demo.DemoOrganisation;
import io.steward.reporting.domain.Criteria;
import io.steward.reporting.domain.MonthFigures;
import io.steward.reporting.domain.MonthFigures.MonthFigure;
import io.steward.support.IntegrationTest;
import io.steward.support.MutableClock;
import io.steward.support.SignedIn;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The trend's stored closed months. The demo's assignments were all made this month, so the job runs with a
 * clock two months ahead: this month and the next are then closed months with figures to compare.
 */
@IntegrationTest
class ClosedMonthsIntegrationTest {

    private static final ReportFilter MARKETING = new ReportFilter("Marketing", null, null, null, null, null);

    @Autowired
    private MonthFigures figures;
    @Autowired
    private PlatformTransactionManager transactions;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private ReportingService reports;
    @Autowired
    private SignedIn signedIn;

    private final YearMonth thisMonth = YearMonth.now(ZoneOffset.UTC);
    private final MutableClock clock = new MutableClock(thisMonth.plusMonths(2).atDay(10).atStartOfDay()
            .toInstant(ZoneOffset.UTC));
    private ClosedMonths job;

    @BeforeEach
    @AfterEach
    void forgetStoredMonths() {
        jdbc.sql("DELETE FROM reporting_month_figure").update();
        jdbc.sql("DELETE FROM reporting_month").update();
        job = new ClosedMonths(figures, clock, transactions);
    }

    @Test
    void a_stored_month_equals_the_live_count_at_the_time_it_was_stored() {
        job.storeMissing();

        for (YearMonth month : List.of(thisMonth, thisMonth.plusMonths(1))) {
            assertThat(stored(ReportFilter.none(), month)).as(month.toString()).isEqualTo(liveCount(null, month));
            assertThat(stored(MARKETING, month)).as("Marketing " + month).isEqualTo(liveCount("Marketing", month));
        }
        assertThat(stored(ReportFilter.none(), thisMonth).assigned()).as("the demo's assignments").isPositive();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM reporting_month").query(Long.class).single())
                .as("the eleven closed months of the trend").isEqualTo(11);
    }

    @Test
    void a_missing_month_is_stored_when_the_trend_needs_it() {
        job.storeMissing();
        jdbc.sql("DELETE FROM reporting_month_figure WHERE month = :month").param("month", key(thisMonth)).update();
        jdbc.sql("DELETE FROM reporting_month WHERE month = :month").param("month", key(thisMonth)).update();

        List<MonthFigure> trend = job.figures(organisation(ReportFilter.none()), thisMonth.plusMonths(2));

        assertThat(trend).hasSize(11).last().isEqualTo(liveCount(null, thisMonth.plusMonths(1)));
        assertThat(trend.get(9)).isEqualTo(liveCount(null, thisMonth));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM reporting_month WHERE month = :month")
                .param("month", key(thisMonth)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void storing_again_changes_nothing() {
        job.storeMissing();
        List<String> first = everythingStored();
        clock.advance(Duration.ofHours(1));

        job.storeMissing();

        assertThat(everythingStored()).isEqualTo(first).isNotEmpty();
    }

    @Test
    void the_page_shows_a_closed_month_as_stored_and_counts_live_what_the_stored_months_cannot_answer() {
        YearMonth lastMonth = thisMonth.minusMonths(1);
        new ClosedMonths(figures, new MutableClock(Instant.now()), transactions).storeMissing();
        long marketing = jdbc.sql("SELECT id FROM department WHERE name = 'Marketing'").query(Long.class).single();
        jdbc.sql("INSERT INTO reporting_month_figure (month, department_id, module_id, assigned, completed) "
                        + "VALUES (:month, :department, 'stored-only', 10, 4)")
                .param("month", key(lastMonth)).param("department", marketing).update();
        MonthFigure live = liveCount(null, lastMonth);

        try (var hr = signedIn.as(DemoOrganisation.HR)) {
            assertThat(pointOf(reports.compliance(ReportFilter.none(), 1).trend(), lastMonth))
                    .isEqualTo(List.of(live.assigned() + 10, live.completed() + 4));
            assertThat(pointOf(reports.compliance(MARKETING, 1).trend(), lastMonth))
                    .isEqualTo(List.of(liveCount("Marketing", lastMonth).assigned() + 10,
                            liveCount("Marketing", lastMonth).completed() + 4));
            assertThat(pointOf(reports.compliance(new ReportFilter(null, null, ReportFilter.StateFilter.COMPLETED,
                    null, null, null), 1).trend(), lastMonth)).as("a state filter: counted live")
                    .isEqualTo(jdbc.sql("""
                            SELECT COALESCE(SUM(a.assigned_at < :end), 0),
                                   COALESCE(SUM(a.assigned_at < :end AND a.completed_at < :end), 0)
                            FROM assignment a JOIN employee e ON e.id = a.employee_id
                            WHERE e.active AND a.state = 'COMPLETED'""")
                            .param("end", thisMonth.atDay(1))
                            .query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2))).single());
        }
    }

    private static List<Long> pointOf(List<TrendPoint> trend, YearMonth month) {
        TrendPoint point = trend.stream().filter(p -> p.month().equals(month)).findFirst().orElseThrow();
        return List.of(point.assigned(), point.completed());
    }

    private MonthFigure stored(ReportFilter filter, YearMonth month) {
        return figures.read(organisation(filter), month, month).getFirst();
    }

    private Criteria organisation(ReportFilter filter) {
        return Criteria.organisation(filter, clock.instant(), LocalDate.now(clock));
    }

    /** Written apart from the app's query: the rate's two figures at the month's end, from the live tables. */
    private MonthFigure liveCount(String department, YearMonth month) {
        return jdbc.sql("""
                SELECT COALESCE(SUM(a.state IN ('ASSIGNED', 'IN_PROGRESS', 'COMPLETED') AND a.assigned_at < :end), 0),
                       COALESCE(SUM(a.state = 'COMPLETED' AND a.assigned_at < :end AND a.completed_at < :end), 0)
                FROM assignment a JOIN employee e ON e.id = a.employee_id
                LEFT JOIN department d ON d.id = e.department_id
                WHERE e.active AND (:department IS NULL OR d.name = :department)""")
                .param("end", month.plusMonths(1).atDay(1)).param("department", department)
                .query((rs, n) -> new MonthFigure(month, rs.getLong(1), rs.getLong(2))).single();
    }

    private List<String> everythingStored() {
        return jdbc.sql("""
                SELECT CONCAT_WS(' ', m.month, m.counted_at, f.department_id, f.module_id, f.assigned, f.completed)
                FROM reporting_month m LEFT JOIN reporting_month_figure f ON f.month = m.month
                ORDER BY m.month, f.department_id, f.module_id""")
                .query(String.class).list();
    }

    private static int key(YearMonth month) {
        return month.getYear() * 100 + month.getMonthValue();
    }
}

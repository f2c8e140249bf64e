package io.steward.reporting;

import io.steward.reporting.domain.Criteria;
import io.steward.reporting.domain.MonthFigures;
import io.steward.reporting.domain.MonthFigures.MonthFigure;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The trend's closed months: each is counted once, as the record stood at its end, and stored
 * ({@link MonthFigures}), so that the organisation's trend reads 11 stored months and counts only the current
 * one, today or as of a past day (docs/decisions/0014-fast-dashboards.md). A nightly job stores every closed
 * month since the first cycle was recorded that is not stored yet (at first, on a new installation or after an
 * upgrade, the whole history, about 0.7 s a month at 10,000 people); a trend that finds one of its months
 * missing (a night the job did not run) stores it first. Either way each month is stored once, in a
 * transaction of its own.
 */
@Component
class ClosedMonths {

    private static final Logger log = LoggerFactory.getLogger(ClosedMonths.class);

    private final MonthFigures figures;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    ClosedMonths(MonthFigures figures, Clock clock, PlatformTransactionManager transactions) {
        this.figures = figures;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Stores the closed months that are not stored yet, from the first recorded cycle's month (or the trend's
     * first month, if that is earlier) to last month; run each night, and safe to run again.
     */
    @Scheduled(cron = "#{@'steward.reporting-io.steward.reporting.ReportingProperties'.closedMonthsCron()}",
            zone = "UTC")
    @SchedulerLock(name = "reporting-closed-months")
    public void storeMissing() {
        YearMonth thisMonth = YearMonth.now(clock);
        YearMonth first = Aggregates.first(thisMonth);
        YearMonth recorded = figures.firstRecordedMonth();
        storeMissing(recorded != null && recorded.isBefore(first) ? recorded : first, thisMonth.minusMonths(1));
    }

    /** The closed months of the trend that ends with {@code thisMonth}, oldest first, stored first if missing. */
    List<MonthFigure> figures(Criteria criteria, YearMonth thisMonth) {
        storeMissing(thisMonth);
        return figures.read(criteria, Aggregates.first(thisMonth), thisMonth.minusMonths(1));
    }

    private void storeMissing(YearMonth thisMonth) {
        storeMissing(Aggregates.first(thisMonth), thisMonth.minusMonths(1));
    }

    private void storeMissing(YearMonth first, YearMonth last) {
        Set<YearMonth> stored = figures.stored(first, last);
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            if (!stored.contains(month)) {
                YearMonth closed = month;
                if (Boolean.TRUE.equals(ownTransaction.execute(t -> figures.store(closed, clock.instant())))) {
                    log.info("Stored the completion figures of {}", closed);
                }
            }
        }
    }
}

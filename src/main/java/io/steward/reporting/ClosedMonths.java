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
 * The trend's closed months: each is counted once from the live tables and stored ({@link MonthFigures}), so
 * that the organisation's trend reads 11 stored months and counts only the current one
 * (docs/decisions/0014-fast-dashboards.md). A nightly job stores the months that have just closed; a trend that
 * finds a month missing (a new installation, a night the job did not run) stores it first. Either way each
 * month is stored once, in a transaction of its own.
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

    /** Stores the trend's closed months that are not stored yet; run each night, and safe to run again. */
    @Scheduled(cron = "${steward.reporting.closed-months-cron:0 20 1 * * *}")
    @SchedulerLock(name = "reporting-closed-months")
    public void storeMissing() {
        storeMissing(YearMonth.now(clock));
    }

    /** The closed months of the trend that ends with {@code thisMonth}, oldest first, stored first if missing. */
    List<MonthFigure> figures(Criteria criteria, YearMonth thisMonth) {
        storeMissing(thisMonth);
        return figures.read(criteria, Aggregates.first(thisMonth), thisMonth.minusMonths(1));
    }

    private void storeMissing(YearMonth thisMonth) {
        YearMonth first = Aggregates.first(thisMonth);
        YearMonth last = thisMonth.minusMonths(1);
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

package io.steward.privacy;

import io.steward.base.Retention;
import io.steward.base.StewardProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies the retention policy: every {@link Retention.Task}, in their order, in chunks of one transaction each,
 * each chunk recorded in the audit trail with what it committed. Running it again at the same time changes
 * nothing, since a task only touches records that are still expired.
 */
@Component
class RetentionJob {

    static final String LOCK = "retention";

    private final List<Retention.Task> tasks;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final LockingTaskExecutor locks;
    private final Clock clock;
    private final int chunk;

    RetentionJob(List<Retention.Task> tasks, TransactionTemplate transaction, ApplicationEventPublisher events,
            LockProvider lockProvider, Clock clock, StewardProperties properties) {
        this.tasks = List.copyOf(tasks);
        this.transaction = transaction;
        this.events = events;
        this.locks = new DefaultLockingTaskExecutor(lockProvider);
        this.clock = clock;
        this.chunk = properties.retention().chunkSize();
    }

    @Scheduled(cron = "#{@'steward-io.steward.base.StewardProperties'.retention().cron()}", zone = "UTC")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT2H")
    void nightly() {
        run("nightly", progress -> { });
    }

    /** What a run now would do, changing nothing. */
    List<ExpiredCount> preview() {
        Instant now = clock.instant();
        return tasks.stream().map(t -> new ExpiredCount(t.kind(), t.expired(now))).toList();
    }

    List<String> kinds() {
        return tasks.stream().map(Retention.Task::kind).toList();
    }

    /**
     * A run started by hand, under the same lock as the nightly one.
     *
     * @return the counts per kind, or null when another run holds the lock
     */
    Map<String, Long> runLocked(String trigger, Consumer<RetentionProgress> progress) {
        AtomicReference<Map<String, Long>> counts = new AtomicReference<>();
        locks.executeWithLock((Runnable) () -> counts.set(run(trigger, progress)),
                new LockConfiguration(clock.instant(), LOCK, Duration.ofHours(2), Duration.ZERO));
        return counts.get();
    }

    Map<String, Long> run(String trigger, Consumer<RetentionProgress> progress) {
        Instant now = clock.instant();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Retention.Task task : tasks) {
            long total = task.expired(now);
            long done = 0;
            progress.accept(new RetentionProgress(task.kind(), 0, total));
            // Bounded, so that a task that never reports "nothing left" cannot keep the job running forever.
            for (long round = 0; round <= total / chunk + 1; round++) {
                Integer applied = transaction.execute(status -> {
                    int n = task.apply(now, chunk);
                    if (n > 0) {
                        events.publishEvent(new RetentionApplied(task.kind(), n, trigger));
                    }
                    return n;
                });
                done += applied;
                progress.accept(new RetentionProgress(task.kind(), done, Math.max(total, done)));
                if (applied < chunk) {
                    break;
                }
            }
            counts.put(task.kind(), done);
        }
        transaction.executeWithoutResult(status -> events.publishEvent(new RetentionRun(counts, trigger)));
        return counts;
    }
}

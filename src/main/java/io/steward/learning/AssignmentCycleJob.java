package io.steward.learning;

import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a day: re-applies every rule (a safety net behind the reactions to directory events) and opens the next
 * cycle for completions about to expire. Both steps are idempotent, so a second run the same day changes nothing.
 */
@Component
class AssignmentCycleJob {

    private final AssignmentCycle cycle;
    private final Clock clock;

    AssignmentCycleJob(AssignmentCycle cycle, Clock clock) {
        this.cycle = cycle;
        this.clock = clock;
    }

    @Scheduled(cron = "#{@'steward-io.steward.learning.LearningProperties'.cycle().cron()}", zone = "UTC")
    @SchedulerLock(name = "assignment-cycle")
    void run() {
        cycle.reconcile(clock);
        cycle.recertify(clock);
    }
}

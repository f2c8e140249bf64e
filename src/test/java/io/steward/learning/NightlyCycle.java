package io.steward.learning;

import java.time.Clock;
import org.springframework.boot.test.context.TestComponent;

/**
 * The assignment cycle's nightly job, run when the caller says it is night: for the demo's history, which
 * plays months on the application's clock faster than the job's schedule could.
 */
@TestComponent
public class NightlyCycle {

    private final AssignmentCycleJob job;

    NightlyCycle(AssignmentCycle cycle, Clock clock) {
        this.job = new AssignmentCycleJob(cycle, clock);
    }

    public void run() {
        job.run();
    }
}

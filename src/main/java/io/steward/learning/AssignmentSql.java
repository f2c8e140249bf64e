package io.steward.learning;

/**
 * What an assignment's state means, in SQL, for the features that read learning's tables with their own
 * queries (reporting, notification; docs/decisions/0007): the one spelling of "open", "current", "held",
 * "completed" and "exempted", and of the assignments as they stood at a past moment. Conditions are on an
 * {@code assignment} row aliased {@code a}; a test fails when SQL outside learning spells a state itself.
 */
public final class AssignmentSql {

    /** Still to be done: assigned, or started. */
    public static final String OPEN = "a.state IN ('ASSIGNED', 'IN_PROGRESS')";
    /**
     * The assignments a completion rate is over: open or completed. Listed, never "not exempted", so that a
     * state added later (no longer required, say) counts nowhere until a report decides where it goes.
     */
    public static final String CURRENT = "a.state IN ('ASSIGNED', 'IN_PROGRESS', 'COMPLETED')";
    /** The assignments a person has at all: current ones and exemptions (the exceptions). */
    public static final String HELD = "a.state IN ('ASSIGNED', 'IN_PROGRESS', 'COMPLETED', 'EXEMPTED')";
    public static final String COMPLETED = "a.state = 'COMPLETED'";
    public static final String EXEMPTED = "a.state = 'EXEMPTED'";
    /** A cycle ({@code c}, a row of {@code assignment_cycle}) that ended with an exemption. */
    public static final String CYCLE_EXEMPTED = "c.outcome = 'EXEMPTED'";

    /**
     * A common table expression {@code assignment_then}: each person's module in the cycle that was current at
     * {@code :now} (opened by then, not yet followed by the next one), with the columns of {@code assignment}
     * that reports read: open ({@code ASSIGNED}) unless it had ended by then, else how it ended; completed at the
     * cycle's end, and valid until its completion expires. Whether the person had started is not kept per cycle,
     * so an open cycle is never {@code IN_PROGRESS} here (docs/decisions/0017). A completion made while the
     * module was already completed is not a cycle's: {@link #RENEWED_BEYOND_HORIZON_THEN} finds it.
     */
    public static final String ASSIGNMENT_THEN = """
            assignment_then AS (
                SELECT c.assignment_id AS id, c.employee_id, c.module_id, c.due_date, c.opened_at AS assigned_at,
                       CASE WHEN c.ended_at IS NULL OR c.ended_at >= :now THEN 'ASSIGNED' ELSE c.outcome END AS state,
                       CASE WHEN c.outcome = 'COMPLETED' AND c.ended_at < :now THEN c.ended_at END AS completed_at,
                       CASE WHEN c.outcome = 'COMPLETED' AND c.ended_at < :now THEN c.expires_at END AS expires_at
                FROM assignment_cycle c
                WHERE c.opened_at < :now AND (c.superseded_at IS NULL OR c.superseded_at >= :now)
            )""";

    /**
     * A completed assignment as it stood at {@code :now} ({@code a}, of {@code assignment_then}) that the person had
     * completed again by then, so that it is valid beyond {@code :horizon}: the cycle holds its own completion's
     * expiry, and a completion made while the module was already completed belongs to no cycle. (Today's row,
     * {@code assignment}, holds the latest completion's expiry itself.)
     */
    public static final String RENEWED_BEYOND_HORIZON_THEN = """
            EXISTS (SELECT 1 FROM completion again
                    WHERE again.employee_id = a.employee_id AND again.expires_at >= :horizon
                      AND again.module_id = a.module_id AND again.completed_at > a.completed_at
                      AND again.completed_at < :now)""";

    private AssignmentSql() {
    }
}

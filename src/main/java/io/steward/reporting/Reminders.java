package io.steward.reporting;

/**
 * What became of "Remind selected": reminders recorded (each mailed at once, or queued for another try when the
 * mail server refuses it), people skipped because they were already reminded today, and people with nothing to
 * be reminded of (any more, or outside the manager's line).
 */
public record Reminders(int recorded, int alreadyToday, int nothingToRemind) {
}

package io.steward.reporting;

import io.steward.base.EmployeeId;
import java.time.Instant;

/**
 * A manager asked for one of their people to be reminded that their training expires before {@code before};
 * the mail is someone else's.
 */
public record ExpiryReminderRequested(EmployeeId person, EmployeeId manager, String managerName, Instant before) {
}

package io.steward.reporting;

import io.steward.base.EmployeeId;

/** A manager asked for one of their people to be reminded of their overdue training; the mail is someone else's. */
public record OverdueReminderRequested(EmployeeId person, EmployeeId manager, String managerName) {
}

package io.steward.base;

/**
 * Someone opened another person's individual record (for example a manager or HR drilling into one person's
 * history). Published in the viewing transaction; the audit trail records it, and the person sees it under
 * "My data". {@code record} names what was viewed, such as {@code training-history}.
 */
public record PersonalRecordViewed(EmployeeId viewer, EmployeeId subject, String record) {}

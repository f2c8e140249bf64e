package io.steward.notification;

import java.time.Period;
import java.util.List;

/**
 * When reminders go out: {@code dueDaysBefore} days before a due date, once when overdue, {@code expiringWithin}
 * before a completion expires; managers get a weekly digest of people overdue longer than {@code digestGrace},
 * their own managers of people overdue longer than {@code digestGrace} plus {@code escalationAfter}.
 */
public record ReminderSchedule(List<Integer> dueDaysBefore, Period expiringWithin, Period digestGrace,
        Period escalationAfter) {

    public ReminderSchedule {
        dueDaysBefore = dueDaysBefore.stream().distinct().sorted((a, b) -> b - a).toList();
    }
}

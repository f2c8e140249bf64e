package io.steward.learning;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * How a rule renews completions that expire. {@link Kind#ROLLING}: the next cycle opens {@code leadDays} before
 * the completion expires ({@code null}: the application's default lead) and is due on the expiry day.
 * {@link Kind#CALENDAR}: the next cycle opens in a yearly window, from {@code windowOpens} to {@code windowDue}
 * (a window may run over New Year), for everyone whose completion predates the window and would expire before
 * the following year's window closes. Completions without an expiry are never renewed.
 */
public record Recertification(Kind kind, Integer leadDays, MonthDay windowOpens, MonthDay windowDue) {

    public enum Kind {
        ROLLING,
        CALENDAR
    }

    public Recertification {
        if (kind == Kind.ROLLING && (windowOpens != null || windowDue != null)) {
            throw new IllegalArgumentException("a rolling recertification has no window");
        }
        if (kind == Kind.CALENDAR && (windowOpens == null || windowDue == null || leadDays != null)) {
            throw new IllegalArgumentException("a calendar recertification has a window and no lead time");
        }
    }

    public static Recertification rolling(Integer leadDays) {
        return new Recertification(Kind.ROLLING, leadDays, null, null);
    }

    public static Recertification calendar(MonthDay opens, MonthDay due) {
        return new Recertification(Kind.CALENDAR, null, opens, due);
    }

    /**
     * The due date of the next cycle, when it should be open on {@code today}; empty while the completion is
     * still good. A rolling cycle opened after the completion already expired (the job did not run, or the
     * person came back) is due {@code lateGraceDays} from today.
     */
    public Optional<LocalDate> nextCycleDue(LocalDate today, Instant completedAt, Instant expiresAt,
            int defaultLeadDays, int lateGraceDays) {
        LocalDate expires = LocalDate.ofInstant(expiresAt, ZoneOffset.UTC);
        if (kind == Kind.ROLLING) {
            int lead = leadDays != null ? leadDays : defaultLeadDays;
            if (today.isBefore(expires.minusDays(lead))) {
                return Optional.empty();
            }
            return Optional.of(expires.isBefore(today) ? today.plusDays(lateGraceDays) : expires);
        }
        LocalDate opened = windowOpens.atYear(today.getYear());
        if (opened.isAfter(today)) {
            opened = windowOpens.atYear(today.getYear() - 1);
        }
        LocalDate due = windowDue.atYear(opened.getYear());
        if (due.isBefore(opened)) {
            due = windowDue.atYear(opened.getYear() + 1);
        }
        boolean inWindow = !today.isAfter(due);
        boolean predatesWindow = LocalDate.ofInstant(completedAt, ZoneOffset.UTC).isBefore(opened);
        boolean lapsesBeforeNextWindowCloses = expires.isBefore(due.plusYears(1));
        return inWindow && predatesWindow && lapsesBeforeNextWindowCloses ? Optional.of(due) : Optional.empty();
    }
}

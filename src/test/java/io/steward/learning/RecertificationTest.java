package io.steward.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RecertificationTest {

    private static final int DEFAULT_LEAD = 30;
    private static final int LATE_GRACE = 14;

    private static Instant at(String date) {
        return LocalDate.parse(date).atTime(9, 0).toInstant(ZoneOffset.UTC);
    }

    private static LocalDate day(String date) {
        return LocalDate.parse(date);
    }

    @Test
    void rolling_opens_on_the_lead_day_due_on_the_expiry_day() {
        Recertification rolling = Recertification.rolling(null);
        Instant done = at("2026-03-10");
        Instant expires = at("2027-03-10");

        assertThat(rolling.nextCycleDue(day("2027-02-07"), done, expires, DEFAULT_LEAD, LATE_GRACE)).isEmpty();
        assertThat(rolling.nextCycleDue(day("2027-02-08"), done, expires, DEFAULT_LEAD, LATE_GRACE))
                .contains(day("2027-03-10"));
    }

    @Test
    void rolling_opened_after_the_expiry_is_due_after_the_late_grace() {
        assertThat(Recertification.rolling(10).nextCycleDue(day("2027-04-01"), at("2026-03-10"), at("2027-03-10"),
                DEFAULT_LEAD, LATE_GRACE)).contains(day("2027-04-15"));
    }

    @Test
    void a_window_over_new_year_is_open_from_its_first_to_its_due_day() {
        Recertification window = Recertification.calendar(MonthDay.of(11, 15), MonthDay.of(1, 31));
        Instant done = at("2026-02-01");
        Instant expires = at("2027-02-01");

        assertThat(window.nextCycleDue(day("2026-11-14"), done, expires, DEFAULT_LEAD, LATE_GRACE)).isEmpty();
        assertThat(window.nextCycleDue(day("2026-11-15"), done, expires, DEFAULT_LEAD, LATE_GRACE))
                .contains(day("2027-01-31"));
        assertThat(window.nextCycleDue(day("2027-01-31"), done, expires, DEFAULT_LEAD, LATE_GRACE))
                .contains(day("2027-01-31"));
        assertThat(window.nextCycleDue(day("2027-02-01"), done, expires, DEFAULT_LEAD, LATE_GRACE)).isEmpty();
    }

    @Test
    void a_window_leaves_alone_completions_made_in_it_or_good_past_the_next_window() {
        Recertification window = Recertification.calendar(MonthDay.of(1, 1), MonthDay.of(3, 31));

        assertThat(window.nextCycleDue(day("2027-02-01"), at("2027-01-20"), at("2028-01-20"), DEFAULT_LEAD,
                LATE_GRACE)).as("done in this window").isEmpty();
        assertThat(window.nextCycleDue(day("2027-01-01"), at("2026-12-20"), at("2028-12-20"), DEFAULT_LEAD,
                LATE_GRACE)).as("good for two years").isEmpty();
    }
}

package vn.danhgia.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** A clock tests move by hand, so deadlines can be met and missed in one scenario. Starts at 20/6/2026 09:00. */
public class MutableClock extends Clock {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private volatile Instant now = LocalDate.of(2026, 6, 20).atTime(9, 0).atZone(VIETNAM).toInstant();

    public void setDate(LocalDate date) {
        now = date.atTime(LocalTime.of(9, 0)).atZone(VIETNAM).toInstant();
    }

    /** Moves the clock on by the duration (minutes of a sign-in lock, say). */
    public void advance(java.time.Duration duration) {
        now = now.plus(duration);
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now, VIETNAM);
    }

    @Override
    public ZoneId getZone() {
        return VIETNAM;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}

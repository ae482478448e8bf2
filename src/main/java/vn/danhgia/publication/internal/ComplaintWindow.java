package vn.danhgia.publication.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.danhgia.decision.QuarterRating;
import vn.danhgia.decision.RatingPeriod;
import vn.danhgia.publication.RatedRecord;
import vn.danhgia.scheme.SchemeCatalog;

/**
 * The last day a complaint about an announced rating is in time: the announcement's day in Vietnam plus the window of
 * the scheme in force on the rated period's last day (a quarter's or a year's; 15 days unless the scheme says
 * otherwise; the seeds give no number).
 */
@Component
class ComplaintWindow {

    static final int WITHOUT_SCHEME_DAYS = 15;

    private final SchemeCatalog schemes;
    private final Clock clock;

    ComplaintWindow(SchemeCatalog schemes, Clock clock) {
        this.schemes = schemes;
        this.clock = clock;
    }

    /** Null for a rating never announced. */
    LocalDate lastDay(RatingPeriod period, Instant announcedAt) {
        if (announcedAt == null) {
            return null;
        }
        LocalDate announced = LocalDate.ofInstant(announcedAt, clock.getZone());
        return schemes.inForce(period.lastDay())
                .map(scheme -> scheme.lastComplaintDay(announced))
                .orElse(announced.plusDays(WITHOUT_SCHEME_DAYS));
    }

    LocalDate lastDay(QuarterRating rating) {
        return lastDay(RatingPeriod.of(rating.quarter()), rating.announcedAt());
    }

    LocalDate lastDay(RatedRecord rating) {
        return lastDay(rating.period(), rating.announcedAt());
    }

    boolean isOpen(RatedRecord rating) {
        LocalDate last = lastDay(rating);
        return last != null && !LocalDate.now(clock).isAfter(last);
    }
}

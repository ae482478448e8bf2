package vn.danhgia.publication.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.danhgia.decision.QuarterRating;
import vn.danhgia.scheme.SchemeCatalog;

/**
 * The last day a complaint about an announced rating is in time: the announcement's day in Vietnam plus the window of
 * the scheme in force for the rated quarter (15 days unless the scheme says otherwise; the seeds give no number).
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
    LocalDate lastDay(QuarterRating rating) {
        if (rating.announcedAt() == null) {
            return null;
        }
        LocalDate announced = LocalDate.ofInstant(rating.announcedAt(), clock.getZone());
        return schemes.inForce(rating.quarter().lastDay())
                .map(scheme -> scheme.lastComplaintDay(announced))
                .orElse(announced.plusDays(WITHOUT_SCHEME_DAYS));
    }

    boolean isOpen(QuarterRating rating) {
        LocalDate last = lastDay(rating);
        return last != null && !LocalDate.now(clock).isAfter(last);
    }
}

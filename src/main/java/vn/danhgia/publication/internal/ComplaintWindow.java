package vn.danhgia.publication.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.danhgia.decision.QuarterRating;
import vn.danhgia.decision.RatingPeriod;
import vn.danhgia.publication.RatedRecord;
import vn.danhgia.scheme.EvaluationSchemeView;
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
        return lastDay(schemes.inForce(period.lastDay()), announcedAt);
    }

    /**
     * The last day for each of the announcements of ratings of the period, with the scheme in force read once for all
     * of them (a board's worth of rows, announced one by one at instants a little apart); nulls are left out.
     */
    Map<Instant, LocalDate> lastDays(RatingPeriod period, Collection<Instant> announcedAts) {
        List<Instant> announced = announcedAts.stream().filter(Objects::nonNull).distinct().toList();
        if (announced.isEmpty()) {
            return Map.of();
        }
        Optional<EvaluationSchemeView> scheme = schemes.inForce(period.lastDay());
        Map<Instant, LocalDate> lastDays = new HashMap<>();
        announced.forEach(announcedAt -> lastDays.put(announcedAt, lastDay(scheme, announcedAt)));
        return lastDays;
    }

    private LocalDate lastDay(Optional<EvaluationSchemeView> scheme, Instant announcedAt) {
        LocalDate announced = LocalDate.ofInstant(announcedAt, clock.getZone());
        return scheme.map(inForce -> inForce.lastComplaintDay(announced))
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

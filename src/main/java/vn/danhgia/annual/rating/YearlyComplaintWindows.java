package vn.danhgia.annual.rating;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.danhgia.decision.RatingPeriod;
import vn.danhgia.publication.ComplaintService;

/**
 * The last day a complaint about each announced yearly rating is in time (publication's one window), for a board's or
 * a to-do list's rows at once: the scheme in force is read once per year among them, not once per row (issue 15 §2).
 */
@Component
class YearlyComplaintWindows {

    private final ComplaintService complaints;

    YearlyComplaintWindows(ComplaintService complaints) {
        this.complaints = complaints;
    }

    /** By rating id; a rating never announced has none. */
    Map<Long, LocalDate> lastDays(Collection<YearlyRating> ratings) {
        Map<Long, LocalDate> lastDays = new HashMap<>();
        ratings.stream().filter(rating -> rating.announcedAt() != null)
                .collect(Collectors.groupingBy(YearlyRating::year))
                .forEach((year, announced) -> {
                    Map<Instant, LocalDate> byAnnouncement = complaints.lastComplaintDays(RatingPeriod.year(year),
                            announced.stream().map(YearlyRating::announcedAt).toList());
                    announced.forEach(rating -> lastDays.put(rating.id(), byAnnouncement.get(rating.announcedAt())));
                });
        return lastDays;
    }
}

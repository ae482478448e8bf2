package vn.danhgia.annual.rating;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import vn.danhgia.scheme.SchemeCatalog;

/**
 * The last day a complaint about an announced yearly rating is in time: the scheme in force at the year's end counts
 * its window ({@code complaint_window_days}) from the day of the announcement; without a scheme, 15 days. The ratings'
 * service, the notice of the announcement and the to-do list all read it here.
 */
final class YearlyComplaintWindow {

    static final int WITHOUT_SCHEME_DAYS = 15;

    private YearlyComplaintWindow() {
    }

    static LocalDate lastDay(SchemeCatalog schemes, ZoneId zone, int year, Instant announcedAt) {
        LocalDate announced = LocalDate.ofInstant(announcedAt, zone);
        return schemes.inForce(LocalDate.of(year, 12, 31)).map(scheme -> scheme.lastComplaintDay(announced))
                .orElse(announced.plusDays(WITHOUT_SCHEME_DAYS));
    }
}

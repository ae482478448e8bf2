package vn.danhgia.reporting.dashboard;

import java.math.BigDecimal;

/**
 * One person behind a number: the unit of the rating or self-assessment (else of the main post), the levels
 * proposed and decided (the stored names, null when none), the total used for the histogram, and the rating's
 * status.
 */
public record DashboardPerson(long cadreId, String fullName, String unitName, String proposedLevel,
                              String decidedLevel, BigDecimal score, String ratingStatus) {
}

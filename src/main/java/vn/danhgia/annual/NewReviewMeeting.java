package vn.danhgia.annual;

import java.time.LocalDate;

/**
 * What opening a review meeting needs: the place (a unit), the year and kind, the day and room, and who chairs and
 * keeps the minutes (cadre ids; either may be empty and named later).
 */
public record NewReviewMeeting(Long placeUnitId, Integer year, ReviewMeetingKind kind, LocalDate heldOn,
                               String location, Long chairCadreId, Long secretaryCadreId) {
}

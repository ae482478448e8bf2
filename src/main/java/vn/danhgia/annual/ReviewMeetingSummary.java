package vn.danhgia.annual;

import java.time.LocalDate;

/** A line of the meetings list: where, when, how far the agenda is. */
public record ReviewMeetingSummary(long id, long placeUnitId, String placeName, int year, ReviewMeetingKind kind,
                                   LocalDate heldOn, boolean open, int items, int closedItems) {
}

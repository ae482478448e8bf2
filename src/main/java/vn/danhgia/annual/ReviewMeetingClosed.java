package vn.danhgia.annual;

import java.time.Instant;

/** A review meeting was closed: every item is closed or not reviewed and its minutes are final. */
public record ReviewMeetingClosed(long meetingId, long placeUnitId, int year, ReviewMeetingKind kind,
                                  Instant closedAt) {
}

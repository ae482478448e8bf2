package vn.danhgia.annual;

import java.time.Instant;
import java.util.Optional;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.annual.ReviewOrder.Track;

/**
 * A subject's review was closed at a meeting (đã kết thúc kiểm điểm): the vote on the proposed level is final.
 *
 * @param proposedLevel the level the vote reached, empty when it reached none (the authority then decides)
 */
public record ReviewItemClosed(long meetingId, long itemId, ReviewSubject subject, int year, Track track,
                               Optional<RatingLevel> proposedLevel, Instant closedAt) {
}

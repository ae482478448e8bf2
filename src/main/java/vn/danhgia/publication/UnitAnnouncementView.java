package vn.danhgia.publication;

import java.time.Instant;
import java.util.List;
import vn.danhgia.decision.RatingStatus;
import vn.danhgia.rules.RatingLevel;

/**
 * A unit's quarter as announced (danh sách kết quả xếp loại của đơn vị). The announced list carries no scores,
 * comments or other private details.
 *
 * @param mayAnnounce whether the signed-in person may announce this unit's quarter
 * @param pending     for those who may announce: each live rating's status (names and statuses only)
 * @param announced   the announced list, visible to the unit's cadres and whoever sees the unit
 */
public record UnitAnnouncementView(long unitId, String unitName, int year, int quarter, boolean mayAnnounce,
                                   List<RatingRow> pending, List<AnnouncedRow> announced) {

    public UnitAnnouncementView {
        pending = List.copyOf(pending);
        announced = List.copyOf(announced);
    }

    /**
     * Something decided is waiting and nothing is still proposed: also after an upheld complaint, when only the
     * re-rated cadre's new result waits beside the announced ones.
     */
    public boolean readyToAnnounce() {
        return mayAnnounce && pending.stream().anyMatch(row -> row.status() == RatingStatus.DECIDED)
                && pending.stream().allMatch(row -> row.status() == RatingStatus.DECIDED
                        || row.status() == RatingStatus.ANNOUNCED);
    }

    public record RatingRow(long ratingId, String cadreCode, String fullName, RatingStatus status) {
    }

    public record AnnouncedRow(String cadreCode, String fullName, String posts, RatingLevel level,
                               Instant announcedAt) {
    }
}

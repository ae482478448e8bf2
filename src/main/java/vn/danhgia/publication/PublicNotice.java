package vn.danhgia.publication;

import java.time.LocalDate;
import java.util.List;
import vn.danhgia.platform.RuleRefusedException;
import vn.danhgia.rules.RatingLevel;

/**
 * The public notice of a unit's quarterly results (thông báo công khai kết quả đánh giá, xếp loại; seed 002 §4 Bước 6,
 * seed 000 §II.1 "công khai, minh bạch"), pinned on the notice board of the unit's body. It holds the announced
 * ratings only, and of each only the name, the posts in the unit and the level decided: no scores, no proposals, no
 * council votes, no comments, no complaints, no cancelled ratings and nothing about people whose quarter is deferred.
 *
 * @param bodyName    the body (cơ quan) whose notice board carries the notice, e.g. Văn phòng UBND tỉnh Ninh Bình
 * @param announcedOn the day of the latest announcement, null while nothing is announced
 * @param lines       the unit's announced results, heads first as the unit lists its posts
 */
public record PublicNotice(long unitId, String unitName, String bodyName, int year, int quarter,
                           LocalDate announcedOn, List<Line> lines) {

    public PublicNotice {
        lines = List.copyOf(lines);
    }

    /**
     * This notice, to be printed or exported for the notice board.
     *
     * @throws RuleRefusedException (409) while the quarter has nothing announced, so there is nothing to post
     */
    public PublicNotice requireAnnounced() {
        if (lines.isEmpty()) {
            throw new RuleRefusedException("review.notice.nothingAnnounced");
        }
        return this;
    }

    /** One cadre's announced result: name, the posts held in the unit (may be blank for one who left) and the level. */
    public record Line(String fullName, String posts, RatingLevel level) {
    }

    /** A unit whose quarter has a notice the person may read, for the list of notices. */
    public record Listed(long unitId, String unitName, String bodyName) {
    }
}

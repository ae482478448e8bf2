package vn.danhgia.rules;

import java.util.Optional;

/**
 * The head (cấp trưởng) is never rated above the collective, organisation or unit they head (seed 004 §VII.2: "Mức
 * xếp loại của người đứng đầu … không được cao hơn mức xếp loại của tập thể lãnh đạo, quản lý, tổ chức, cơ quan, đơn
 * vị do mình đứng đầu"), except the secretary of a residential party cell ("không áp dụng đối với các chi bộ tổ dân
 * phố"). Used by the quarterly engine (never a residential cell there) and the annual one.
 */
public final class HeadCappedByCollective {

    private HeadCappedByCollective() {
    }

    /** The head's level once capped: never above the collective's, unless the collective is a chi bộ tổ dân phố. */
    public static RatingLevel cap(RatingLevel head, RatingLevel collective, boolean residentialCell) {
        if (head == null) {
            throw new IllegalArgumentException("the head's level is needed");
        }
        if (collective == null || residentialCell) {
            return head;
        }
        return head.atMost(collective);
    }

    /**
     * The reason to show beside the head's level: a cap at the collective's level when it is below EXCELLENT; for a
     * residential cell an informative reason that the cap does not apply; none when the collective is not rated yet
     * or is EXCELLENT.
     */
    public static Optional<RatingReason> reason(RatingLevel collective, boolean residentialCell) {
        if (collective == null || collective == RatingLevel.EXCELLENT) {
            return Optional.empty();
        }
        return Optional.of(residentialCell
                ? RatingReason.of(ReasonCode.HEAD_RESIDENTIAL_CELL, null, collective)
                : RatingReason.of(ReasonCode.HEAD_ABOVE_COLLECTIVE, collective, collective));
    }
}

package vn.danhgia.publication;

import java.util.Optional;
import vn.danhgia.platform.Actor;

/**
 * The port through which the one complaint workflow reaches the ratings it is about (SPI). Publication implements it
 * for the quarterly ratings; a later step of the pipeline (the annual cycle, which publication must not depend on)
 * implements it for its yearly ratings. Publication finds the implementation by {@link #kind()}.
 */
public interface RatedRecords {

    RatingKind kind();

    /** The rating, read for a change (locked against a concurrent change), or empty when there is none. */
    Optional<RatedRecord> forComplaint(long ratingId);

    /**
     * A complaint about the rating was upheld (seed 000 §II.2 "xem xét hủy bỏ, đánh giá, xếp loại lại"): cancels the
     * announced rating with the reason and opens the subject's period for a new rating, audited, in the caller's
     * transaction.
     */
    void cancelAfterUpheldComplaint(long ratingId, String reason, Actor actor);
}

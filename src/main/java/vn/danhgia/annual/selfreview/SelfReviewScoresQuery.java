package vn.danhgia.annual.selfreview;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.danhgia.annual.SelfReviewScores;
import vn.danhgia.annual.SelfReviewStatus;

/** The submitted self-score total, summed over the frame's items as the self-review page sums them. */
@Component
class SelfReviewScoresQuery implements SelfReviewScores {

    private final SelfReviewRepository reviews;
    private final SelfReviewFrame frame;

    SelfReviewScoresQuery(SelfReviewRepository reviews, SelfReviewFrame frame) {
        this.reviews = reviews;
        this.frame = frame;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<BigDecimal> submittedTotal(long cadreId, int year) {
        return reviews.findBySubject("C" + cadreId, year)
                .filter(review -> review.status() == SelfReviewStatus.SUBMITTED && review.form().scoresCriteriaFrame())
                .map(review -> {
                    Map<String, BigDecimal> scores = review.scores();
                    BigDecimal total = BigDecimal.ZERO;
                    for (SelfReviewFrame.Item item : frame.items(SelfReviewFrame.LEADER)) {
                        BigDecimal points = scores.get(item.code());
                        if (points == null) {
                            return null;
                        }
                        total = total.add(points);
                    }
                    return total;
                });
    }
}

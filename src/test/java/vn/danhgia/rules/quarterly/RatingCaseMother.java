package vn.danhgia.rules.quarterly;

import java.math.BigDecimal;
import java.util.List;
import vn.danhgia.rules.Fraction;

/** Rating cases for engine tests. */
final class RatingCaseMother {

    private RatingCaseMother() {
    }

    /** A score with the given exact total (general criteria 30, the rest from tasks). */
    static QuarterlyScore scoreOf(String total) {
        BigDecimal exact = new BigDecimal(total);
        return new QuarterlyScore(new BigDecimal("30"), Fraction.of(exact.subtract(new BigDecimal("30"))),
                Fraction.of(exact), new BigDecimal("70"), List.of());
    }

    /** 95 points, 10 tasks all done, 3 beyond requirement (30 %), none late or reworked: EXCELLENT on every count. */
    static RatingCase.Builder excellent() {
        return RatingCase.builder().score(scoreOf("95")).tasks(TaskMother.tasks(3, 7));
    }

    /** 95 points and the given tasks. */
    static RatingCase.Builder scoring95(List<TaskResult> tasks) {
        return RatingCase.builder().score(scoreOf("95")).tasks(tasks);
    }
}

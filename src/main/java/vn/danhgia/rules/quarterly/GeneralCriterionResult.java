package vn.danhgia.rules.quarterly;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One item of the general criteria (nhóm tiêu chí chung) as assessed: met scores its full points, not met scores
 * zero (seed 002, Mẫu 03 part I.A: "Chấm tối đa nếu đảm bảo; Chấm 0 điểm nếu không đảm bảo").
 */
public record GeneralCriterionResult(String code, BigDecimal maxPoints, boolean met) {

    public GeneralCriterionResult {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(maxPoints, "maxPoints");
        if (maxPoints.signum() < 0) {
            throw new IllegalArgumentException("maxPoints of criterion " + code + " is negative");
        }
    }

    public BigDecimal points() {
        return met ? maxPoints : BigDecimal.ZERO;
    }
}

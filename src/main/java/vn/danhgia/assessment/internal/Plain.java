package vn.danhgia.assessment.internal;

import java.math.BigDecimal;

/** Figures as people write them: no trailing zeros and never an exponent (30, not 3E+1; 1.2, not 1.2000). */
final class Plain {

    private Plain() {
    }

    static BigDecimal of(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}

package vn.danhgia.scheme.internal;

import java.math.BigDecimal;

final class Decimals {

    private Decimals() {
    }

    /**
     * The value without the trailing zeros a numeric column pads it with (30.00 → 30, 1.20 → 1.2), so a scheme reads
     * the same from H2 and PostgreSQL and shows as people write it.
     */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    static boolean hasMoreDecimalsThan(BigDecimal value, int decimals) {
        return value.stripTrailingZeros().scale() > decimals;
    }
}

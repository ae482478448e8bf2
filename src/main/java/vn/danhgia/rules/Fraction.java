package vn.danhgia.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact quotient of two decimals. Ratios such as ΣQ/ΣP are not finite decimals (6.7/7.7), so the engine keeps
 * them as fractions and rounds only when a figure is shown or stored; {@link BigDecimal#divide(BigDecimal, int,
 * RoundingMode)} rounds the true quotient, so no intermediate rounding can move a result across a half.
 */
public record Fraction(BigDecimal numerator, BigDecimal denominator) implements Comparable<Fraction> {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static final Fraction ZERO = of(BigDecimal.ZERO);

    public Fraction {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        if (denominator.signum() == 0) {
            throw new ArithmeticException("denominator is zero");
        }
    }

    public static Fraction of(BigDecimal value) {
        return new Fraction(value, BigDecimal.ONE);
    }

    public static Fraction of(BigDecimal numerator, BigDecimal denominator) {
        return new Fraction(numerator, denominator);
    }

    public Fraction plus(Fraction other) {
        if (denominator.compareTo(other.denominator) == 0) {
            return new Fraction(numerator.add(other.numerator), denominator);
        }
        return new Fraction(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                denominator.multiply(other.denominator));
    }

    public Fraction times(BigDecimal factor) {
        return new Fraction(numerator.multiply(factor), denominator);
    }

    public Fraction dividedBy(BigDecimal divisor) {
        return new Fraction(numerator, denominator.multiply(divisor));
    }

    /** Half-up rounding of the exact value, for display and storage only. */
    public BigDecimal rounded(int scale) {
        return numerator.divide(denominator, scale, RoundingMode.HALF_UP);
    }

    /** As a percentage for a message, e.g. 33.33 for 1/3: two decimals half-up, trailing zeros dropped. */
    public BigDecimal percent() {
        return times(HUNDRED).rounded(2).stripTrailingZeros();
    }

    public int signum() {
        return numerator.signum() * denominator.signum();
    }

    @Override
    public int compareTo(Fraction other) {
        // Cross-multiplication keeps the comparison exact; a negative denominator flips the sign of both sides.
        int sign = denominator.signum() * other.denominator.signum();
        return sign * numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }

    public int compareTo(BigDecimal value) {
        return compareTo(of(value));
    }

    /** Equality by value, so 1/2 equals 2/4. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Fraction fraction && compareTo(fraction) == 0;
    }

    @Override
    public int hashCode() {
        return rounded(20).stripTrailingZeros().hashCode();
    }

    @Override
    public String toString() {
        return numerator.toPlainString() + "/" + denominator.toPlainString();
    }
}

package vn.danhgia.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CoefficientsTests {

    /**
     * Seed 002 Phụ lục 1 Bước 3 and its example table: with the standard item at 100 points, "100 → 1, 120 → 1,2,
     * 150 → 1,5, 200 → 2, 50 → 0,5".
     */
    @ParameterizedTest(name = "{0} points against a standard of 100 → {1}")
    @CsvSource({"100, 1", "120, 1.2", "150, 1.5", "200, 2", "50, 0.5"})
    void coefficientIsPointsOverStandardPoints(String points, String coefficient) {
        assertThat(Coefficients.of(new BigDecimal(points), new BigDecimal("100")))
                .isEqualByComparingTo(coefficient);
    }

    /** Plans store coefficients as numeric(8,4): a third is kept as 0,3333, two thirds round half-up to 0,6667. */
    @ParameterizedTest(name = "{0} ÷ {1} → {2}")
    @CsvSource({"100, 300, 0.3333", "200, 300, 0.6667", "0.05, 1000, 0.0001", "0.04, 1000, 0.0000"})
    void coefficientIsRoundedHalfUpToFourDecimals(String points, String standard, String coefficient) {
        BigDecimal result = Coefficients.of(new BigDecimal(points), new BigDecimal(standard));

        assertThat(result).isEqualByComparingTo(coefficient);
        assertThat(result.scale()).isEqualTo(4);
    }
}

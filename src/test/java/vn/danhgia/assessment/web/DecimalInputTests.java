package vn.danhgia.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DecimalInputTests {

    /** Seed 002 writes coefficients and factors with a decimal comma ("1,2", "0,75"); English users type 1.2. */
    @Test
    void decimalCommaAndDecimalPointAreBothRead() {
        assertThat(DecimalInput.parse("1,2")).contains(new BigDecimal("1.2"));
        assertThat(DecimalInput.parse("0.75")).contains(new BigDecimal("0.75"));
        assertThat(DecimalInput.parse(" 2 ")).contains(new BigDecimal("2"));
    }

    @Test
    void thousandsSeparatorsExponentsSignsAndWordsAreNotNumbers() {
        assertThat(DecimalInput.parse("1.000,5")).isEmpty();
        assertThat(DecimalInput.parse("1e3")).isEmpty();
        assertThat(DecimalInput.parse("+1")).isEmpty();
        assertThat(DecimalInput.parse("hai")).isEmpty();
        assertThat(DecimalInput.parse("")).isEmpty();
        assertThat(DecimalInput.parse("-1")).isEmpty();
        assertThat(DecimalInput.isNegative("-1,5")).isTrue();
        assertThat(DecimalInput.isNegative("1,5")).isFalse();
    }

    @Test
    void prefilledValuesFollowTheLanguage() {
        assertThat(DecimalInput.format(new BigDecimal("1.20"), Locale.forLanguageTag("vi"))).isEqualTo("1,2");
        assertThat(DecimalInput.format(new BigDecimal("1.20"), Locale.ENGLISH)).isEqualTo("1.2");
        assertThat(DecimalInput.format(new BigDecimal("30"), Locale.forLanguageTag("vi"))).isEqualTo("30");
        assertThat(DecimalInput.canonical(new BigDecimal("0.750"))).isEqualTo("0.75");
    }
}

package vn.danhgia.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

class DisplayFormatsTests {

    private final DisplayFormats formats = new DisplayFormats();

    @AfterEach
    void forgetTheLanguage() {
        LocaleContextHolder.resetLocaleContext();
    }

    /** Seed 002 Phụ lục 2 prints "91,93 điểm" and "88,47%": a decimal comma, no grouping. */
    @Test
    void vietnameseUsesTheDecimalComma() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));

        assertThat(formats.fixed2(new BigDecimal("91.93"))).isEqualTo("91,93");
        assertThat(formats.fixed2(new BigDecimal("30"))).isEqualTo("30,00");
        assertThat(formats.decimal(new BigDecimal("1.20"))).isEqualTo("1,2");
        assertThat(formats.decimal(new BigDecimal("1000"))).isEqualTo("1000");
    }

    @Test
    void englishUsesTheDecimalPoint() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);

        assertThat(formats.fixed2(new BigDecimal("88.47"))).isEqualTo("88.47");
        assertThat(formats.decimal(new BigDecimal("0.75"))).isEqualTo("0.75");
    }

    @Test
    void datesAreWrittenDayMonthYearInBothLanguages() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);

        assertThat(formats.date(LocalDate.of(2026, 4, 1))).isEqualTo("01/04/2026");
    }

    /** Audit times read as clocks in Vietnam do: 17:30 UTC is 00:30 the next day in Hà Nội. */
    @Test
    void timesAreShownInVietnamsZone() {
        assertThat(formats.dateTime(java.time.Instant.parse("2026-06-30T17:30:00Z"))).isEqualTo("01/07/2026 00:30");
        assertThat(formats.dateTime(null)).isEmpty();
    }
}

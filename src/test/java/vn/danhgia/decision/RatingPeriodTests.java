package vn.danhgia.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import vn.danhgia.scheme.Quarter;

/**
 * Issue 13 §1: the period every step of the rating pipeline works on — a quarter (seed 002 §4), a half-year for an
 * exempted cadre (seed 002 §3.3 "định kỳ 6 tháng hoặc cuối năm"), a year (seeds 003, 004).
 */
class RatingPeriodTests {

    private final ResourceBundleMessageSource messages = messages();

    @Test
    void aQuarterIsTheQuarterlyCyclesQuarter() {
        RatingPeriod second = RatingPeriod.of(new Quarter(2043, 2));
        assertThat(second).isEqualTo(RatingPeriod.quarter(2043, 2));
        assertThat(second.quarter()).contains(new Quarter(2043, 2));
        assertThat(second.firstDay()).isEqualTo(LocalDate.of(2043, 4, 1));
        assertThat(second.lastDay()).isEqualTo(LocalDate.of(2043, 6, 30));
        assertThat(label(second)).isEqualTo("Quý II/2043");
    }

    @Test
    void aHalfYearAndAYearHaveNoQuarter() {
        RatingPeriod firstHalf = RatingPeriod.halfYear(2043, 1);
        assertThat(firstHalf.quarter()).isEmpty();
        assertThat(firstHalf.lastDay()).isEqualTo(LocalDate.of(2043, 6, 30));
        assertThat(RatingPeriod.halfYear(2043, 2).firstDay()).isEqualTo(LocalDate.of(2043, 7, 1));
        assertThat(label(firstHalf)).isEqualTo("6 tháng đầu năm 2043");
        assertThat(label(RatingPeriod.halfYear(2043, 2))).isEqualTo("6 tháng cuối năm 2043");
        RatingPeriod year = RatingPeriod.year(2043);
        assertThat(year.quarter()).isEmpty();
        assertThat(year.firstDay()).isEqualTo(LocalDate.of(2043, 1, 1));
        assertThat(year.lastDay()).isEqualTo(LocalDate.of(2043, 12, 31));
        assertThat(label(year)).isEqualTo("Năm 2043");
    }

    @Test
    void anExemptedCadreIsRatedOnTheKindOfPeriodTheExemptionNames() {
        assertThat(RatingPeriod.kindOf(ExemptRatingPeriod.HALF_YEAR)).isEqualTo(RatingPeriod.Kind.HALF_YEAR);
        assertThat(RatingPeriod.kindOf(ExemptRatingPeriod.YEAR)).isEqualTo(RatingPeriod.Kind.YEAR);
    }

    @Test
    void periodsOutOfRangeAreRefused() {
        assertThatThrownBy(() -> RatingPeriod.quarter(2043, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RatingPeriod.quarter(2043, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RatingPeriod.halfYear(2043, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RatingPeriod(RatingPeriod.Kind.YEAR, 2043, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RatingPeriod.year(1999)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RatingPeriod(null, 2043, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void periodsAreOrderedByTheirLastDayTheShorterFirst() {
        assertThat(RatingPeriod.quarter(2043, 4)).isLessThan(RatingPeriod.year(2043));
        assertThat(RatingPeriod.quarter(2043, 2)).isLessThan(RatingPeriod.halfYear(2043, 1));
        assertThat(RatingPeriod.halfYear(2043, 1)).isLessThan(RatingPeriod.quarter(2043, 3));
        assertThat(RatingPeriod.year(2042)).isLessThan(RatingPeriod.quarter(2043, 1));
    }

    private String label(RatingPeriod period) {
        return messages.getMessage(period.labelKey(), period.labelArguments().toArray(), Locale.forLanguageTag("vi"));
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("i18n/review");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}

package vn.danhgia.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.danhgia.rules.quarterly.EarlierShortcomings;
import vn.danhgia.rules.quarterly.TaskCondition;
import vn.danhgia.rules.quota.QuotaOutcome;

/** The rules bundles: every reason, source and label in both languages, and messages that read naturally. */
class RatingMessagesTests {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final ResourceBundle VI_BUNDLE = bundle("vi");
    private static final ResourceBundle EN_BUNDLE = bundle("en");

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(EN_BUNDLE.keySet()).containsExactlyInAnyOrderElementsOf(VI_BUNDLE.keySet());
    }

    @Test
    void everyReasonSourceAndLabelHasAMessage() {
        List<String> keys = new ArrayList<>();
        Stream.of(ReasonCode.values()).map(ReasonCode::messageKey).forEach(keys::add);
        Stream.of(RuleSource.values()).map(RuleSource::messageKey).forEach(keys::add);
        labels("level", RatingLevel.values(), keys);
        labels("task-condition", TaskCondition.values(), keys);
        labels("discipline-form", DisciplineForm.values(), keys);
        labels("corruption-exemption", CorruptionExemption.values(), keys);
        labels("earlier-shortcomings", EarlierShortcomings.values(), keys);
        labels("collective-role", CollectiveRole.values(), keys);
        labels("rated-period", RatedPeriod.values(), keys);
        labels("quota-outcome", QuotaOutcome.values(), keys);
        for (vn.danhgia.rules.annual.SubjectTrack track : vn.danhgia.rules.annual.SubjectTrack.values()) {
            keys.add(track.messageKey());
        }
        assertThat(VI_BUNDLE.keySet()).containsAll(keys);
        assertThat(EN_BUNDLE.keySet()).containsAll(keys);
    }

    /**
     * Spring formats a message without arguments as is, so a doubled quote would show; and a single quote would
     * swallow the placeholders after it. Neither language needs one.
     */
    @Test
    void noMessageHoldsAnApostrophe() {
        for (ResourceBundle bundle : List.of(VI_BUNDLE, EN_BUNDLE)) {
            bundle.keySet().forEach(key -> assertThat(bundle.getString(key)).as(key).doesNotContain("'"));
        }
    }

    /** Each message uses exactly the arguments its code declares, {0} to {n−1}. */
    @ParameterizedTest
    @EnumSource(ReasonCode.class)
    void messageUsesEveryDeclaredArgument(ReasonCode code) {
        for (ResourceBundle bundle : List.of(VI_BUNDLE, EN_BUNDLE)) {
            String pattern = bundle.getString(code.messageKey());
            assertThat(new MessageFormat(pattern, VI).getFormatsByArgumentIndex()).as(pattern)
                    .hasSize(code.arguments().size());
            for (int i = 0; i < code.arguments().size(); i++) {
                assertThat(pattern).as(code.code()).contains("{" + i);
            }
        }
    }

    /** Every enum argument has a name in the message for every constant, in both languages. */
    @ParameterizedTest
    @EnumSource(ReasonCode.class)
    void messageRendersForEveryEnumValue(ReasonCode code) {
        for (Object[] values : sampleValues(code)) {
            RatingReason reason = RatingReason.of(code, null, values);
            for (ResourceBundle bundle : List.of(VI_BUNDLE, EN_BUNDLE)) {
                String text = reason.render(bundle, bundle == VI_BUNDLE ? VI : Locale.ENGLISH);
                assertThat(text).doesNotContain("{").doesNotContain("}").isNotBlank();
            }
        }
    }

    /** The Vietnamese reads as officials write: "2/5 nhiệm vụ chưa hoàn thành", decimals with a comma. */
    @Test
    void vietnameseMessagesReadNaturally() {
        RatingReason notAllDone = RatingReason.of(ReasonCode.NOT_ALL_DONE, RatingLevel.NOT_COMPLETED, 2, 5);
        assertThat(notAllDone.render(VI_BUNDLE, VI)).startsWith(
                "Hoàn thành dưới 100% nhiệm vụ được giao (2/5 nhiệm vụ chưa hoàn thành) và không có lý do khách quan");
        RatingReason band = RatingReason.of(ReasonCode.POINTS_BAND, RatingLevel.EXCELLENT,
                new BigDecimal("91.93"), RatingLevel.EXCELLENT, 90, 70, 50);
        assertThat(band.render(VI_BUNDLE, VI))
                .startsWith("Tổng điểm đạt 91,93/100, thuộc khung “Hoàn thành xuất sắc nhiệm vụ” (từ 90 điểm trở lên");
        assertThat(band.render(EN_BUNDLE, Locale.ENGLISH)).startsWith("Total of 91.93/100 falls in the band");
        RatingReason alert = RatingReason.of(ReasonCode.REPLACEMENT_ALERT, null, 2, RatedPeriod.YEAR_END, 2026,
                RatedPeriod.Q1, 2027);
        assertThat(alert.render(VI_BUNDLE, VI)).isEqualTo("Xếp loại “Không hoàn thành nhiệm vụ” 2 kỳ liên tiếp "
                + "(từ cuối năm 2026 đến quý I/2027): thực hiện ngay việc thay thế cán bộ.");
    }

    @Test
    void messageArgumentsAreTypedForMessageFormat() {
        RatingReason reason = RatingReason.of(ReasonCode.HEAD_ABOVE_COLLECTIVE, RatingLevel.GOOD, RatingLevel.GOOD);
        assertThat(reason.arguments()).isEqualTo(Map.of("collectiveLevel", "GOOD"));
        assertThat(reason.messageArguments()).containsExactly(1);
    }

    private static List<Object[]> sampleValues(ReasonCode code) {
        int variants = code.arguments().stream()
                .filter(argument -> argument.kind() == ReasonCode.Argument.Kind.ENUM)
                .mapToInt(argument -> argument.enumType().getEnumConstants().length).max().orElse(1);
        List<Object[]> samples = new ArrayList<>();
        for (int variant = 0; variant < variants; variant++) {
            Object[] values = new Object[code.arguments().size()];
            for (int i = 0; i < values.length; i++) {
                ReasonCode.Argument argument = code.arguments().get(i);
                values[i] = switch (argument.kind()) {
                    case NUMBER -> new BigDecimal("12.5");
                    case TEXT -> "Quyết định số 12-QĐ/ĐU";
                    case ENUM -> {
                        Enum<?>[] constants = argument.enumType().getEnumConstants();
                        yield constants[Math.min(variant, constants.length - 1)];
                    }
                };
            }
            samples.add(values);
        }
        return samples;
    }

    private static void labels(String kind, Enum<?>[] constants, List<String> keys) {
        for (Enum<?> constant : constants) {
            keys.add("rule." + kind + "." + constant.name());
        }
    }

    private static ResourceBundle bundle(String language) {
        // The quarterly and the yearly rules' bundles (i18n/rules, i18n/annualrules) read as one, as Spring merges them.
        try (InputStream in = new java.io.SequenceInputStream(
                RatingMessagesTests.class.getResourceAsStream("/i18n/rules_" + language + ".properties"),
                RatingMessagesTests.class.getResourceAsStream("/i18n/annualrules_" + language + ".properties"))) {
            return new PropertyResourceBundle(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

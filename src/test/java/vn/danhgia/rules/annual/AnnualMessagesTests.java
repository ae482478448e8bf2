package vn.danhgia.rules.annual;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import vn.danhgia.rules.DisciplineForm;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.RatingReason;
import vn.danhgia.rules.ReasonCode;

/**
 * The yearly reasons read as officials write them. Key parity, arguments and apostrophes of every reason are checked
 * by {@code RatingMessagesTests} over both rules bundles.
 */
class AnnualMessagesTests {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final ResourceBundle VI_BUNDLE = bundle("vi");
    private static final ResourceBundle EN_BUNDLE = bundle("en");
    private static final ResourceBundle ANNUAL_VI = annualOnly("vi");

    @Test
    void yearsReadWithoutGrouping() {
        RatingReason disciplined = RatingReason.of(ReasonCode.ANNUAL_DISCIPLINED, RatingLevel.NOT_COMPLETED,
                DisciplineForm.WARNING, 2026);
        assertThat(disciplined.render(VI_BUNDLE, VI)).isEqualTo("Trong năm 2026 bị xử lý kỷ luật bằng hình thức cảnh "
                + "cáo, nên xếp loại “Không hoàn thành nhiệm vụ”.");
        assertThat(disciplined.render(EN_BUNDLE, Locale.ENGLISH)).startsWith("Disciplined in 2026 with a warning");
    }

    @Test
    void theLegalBasisIsNamed() {
        AnnualLegalBasis basis = AnnualLegalBasis.forYear(2026, SubjectTrack.PARTY_MEMBER);
        RatingReason reason = RatingReason.of(ReasonCode.ANNUAL_LEGAL_BASIS, null, basis.citation(), 2026);
        assertThat(reason.render(VI_BUNDLE, VI))
                .isEqualTo("Đánh giá, xếp loại chất lượng năm 2026 theo Quy định 366-QĐ/TW Điều 11.");
        assertThat(VI_BUNDLE.getString(basis.citationKey())).startsWith("Quy định số 366-QĐ/TW");
    }

    @Test
    void theProvisionalPartyLevelSaysItWillBeUpdated() {
        RatingReason reason = LeaderPartyLevel.basis(null, RatingLevel.GOOD).reason();
        assertThat(reason.render(VI_BUNDLE, VI)).contains("“Hoàn thành tốt nhiệm vụ”")
                .contains("sẽ cập nhật khi cấp có thẩm quyền quyết định");
    }

    /** The yearly reasons, sources and track names live in their own bundle, i18n/annualrules. */
    @Test
    void yearlyKeysAreInTheirOwnBundle() {
        for (ReasonCode code : ReasonCode.values()) {
            if (code.code().startsWith("annual-") || code.code().startsWith("leader-party-level")) {
                assertThat(ANNUAL_VI.containsKey(code.messageKey())).as(code.code()).isTrue();
            }
        }
        for (SubjectTrack track : SubjectTrack.values()) {
            assertThat(ANNUAL_VI.containsKey(track.messageKey())).as(track.name()).isTrue();
        }
    }

    private static ResourceBundle annualOnly(String language) {
        try (InputStream in = AnnualMessagesTests.class.getResourceAsStream(
                "/i18n/annualrules_" + language + ".properties")) {
            return new PropertyResourceBundle(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ResourceBundle bundle(String language) {
        try (InputStream in = new SequenceInputStream(
                AnnualMessagesTests.class.getResourceAsStream("/i18n/rules_" + language + ".properties"),
                AnnualMessagesTests.class.getResourceAsStream("/i18n/annualrules_" + language + ".properties"))) {
            return new PropertyResourceBundle(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

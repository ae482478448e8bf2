package vn.danhgia.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danhgia.imports.ImportFiles.row;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import vn.danhgia.emulation.EmulationRecords;
import vn.danhgia.emulation.Nominee;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.rules.emulation.EmulationTitle;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;

/**
 * Titles and rewards of earlier years imported for Phòng Kinh tế, Văn phòng UBND tỉnh Ninh Bình, while 2135 is under
 * review (issue 14 §2): by Lê Văn Hùng (tochuc), whose office serves it. The chains of consecutive years the law
 * counts (Luật TĐKT 2022 Điều 21–23, 71, 74) start from what this writes.
 */
@DemoDataTest
class EmulationTitleImportTests extends ImportTestSupport {

    @Autowired
    MutableClock clock;
    @Autowired
    OrganizationQueries organization;
    @Autowired
    EmulationRecords records;
    @Autowired
    MessageSource messages;

    Nominee mai;
    Nominee kinhTe;

    @BeforeEach
    void setUp() {
        cleanYears();
        clock.setDate(LocalDate.of(2135, 12, 1));
        mai = Nominee.person(organization.cadreByCode("NB014").orElseThrow().id().value());
        kinhTe = Nominee.collective(organization.unitByCode("VPUB-NB.KT").orElseThrow().id().value());
    }

    @AfterEach
    void cleanYears() {
        jdbc.update("delete from emulation_award where award_year between 2130 and 2139");
    }

    long awardsOnRecord() {
        return jdbc.queryForObject("select count(*) from emulation_award where award_year between 2130 and 2139",
                Long.class);
    }

    @Test
    void theDryRunWritesNothingAndTheConfirmationWritesEveryTitle() {
        List<List<String>> rows = List.of(
                row("NB014", "", "2132", "Lao động tiên tiến", "5/QĐ-VP ngày 10/01/2133"),
                row("NB014", "", "2133", "Lao động tiên tiến", ""),
                row("NB014", "", "2133", "GRASSROOTS_EMULATION_FIGHTER", ""),
                row("", "VPUB-NB.KT", "2133", "Tập thể lao động xuất sắc", "7/QĐ-VP"));

        ImportReport dryRun = preview("tochuc", ImportKind.EMULATION_TITLES, rows);

        assertThat(dryRun.problems()).isEmpty();
        assertThat(dryRun.count(ImportAction.CREATE)).isEqualTo(4);
        assertThat(awardsOnRecord()).isZero();

        ImportReport applied = as("tochuc", () -> imports.confirm(ImportKind.EMULATION_TITLES, dryRun.uploadId()));

        assertThat(applied.applied()).isTrue();
        var awards = records.awards(List.of(mai, kinhTe), 2139);
        assertThat(awards.get(mai).get(2132)).containsExactly(EmulationTitle.ADVANCED_WORKER);
        assertThat(awards.get(mai).get(2133)).containsExactlyInAnyOrder(EmulationTitle.ADVANCED_WORKER,
                EmulationTitle.GRASSROOTS_EMULATION_FIGHTER);
        assertThat(awards.get(kinhTe).get(2133)).containsExactly(EmulationTitle.EXCELLENT_COLLECTIVE);
        assertThat(jdbc.queryForObject("select decision_ref from emulation_award where award_year = 2132"
                + " and subject_id = ?", String.class, mai.subjectId())).isEqualTo("5/QĐ-VP ngày 10/01/2133");

        // The same file again: every title is on record, nothing to write.
        ImportReport again = preview("tochuc", ImportKind.EMULATION_TITLES, rows);
        assertThat(again.count(ImportAction.UNCHANGED)).isEqualTo(4);
        assertThat(again.hasChanges()).isFalse();
    }

    @Test
    void aTitleForTheOtherKindOfHolderIsARowProblemInVietnamese() {
        ImportReport report = preview("tochuc", ImportKind.EMULATION_TITLES, List.of(
                row("NB014", "", "2133", "Tập thể lao động tiên tiến", ""),
                row("", "VPUB-NB.KT", "2133", "Chiến sĩ thi đua cơ sở", ""),
                row("NB014", "VPUB-NB.KT", "2133", "Lao động tiên tiến", ""),
                row("NB014", "", "2134", "Lao động tiên tiến", "")));

        assertThat(places(report)).containsExactly("D2", "D3", "A4");
        assertThat(report.problems().stream().map(problem -> messages.getMessage(problem.messageKey(),
                problem.argumentArray(), Locale.forLanguageTag("vi"))).toList()).containsExactly(
                "Danh hiệu, hình thức này dành cho tập thể, không tặng cho cá nhân.",
                "Danh hiệu, hình thức này dành cho cá nhân, không tặng cho tập thể.",
                "Ghi mã cán bộ hoặc mã đơn vị, không ghi cả hai hay bỏ trống cả hai.");
        assertThat(report.uploadId()).isZero();
        assertThat(awardsOnRecord()).isZero();
    }

    /** Issue 14 §2: only years before the year under review; its own titles come from its meeting and decision. */
    @Test
    void theYearUnderReviewIsARowProblemAndOutsideTheScopeIsRefused() {
        ImportReport report = preview("tochuc", ImportKind.EMULATION_TITLES, List.of(
                row("NB014", "", "2135", "Lao động tiên tiến", ""),
                row("NB014", "", "2134", "Lao động tiên tiến", ""),
                // Seed 000 §III.1: the office serves Văn phòng UBND tỉnh, not Sở Nội vụ.
                row("", "SNV-NB.CCVC", "2134", "Tập thể lao động tiên tiến", "")));

        assertThat(places(report)).containsExactly("C2", "B4");
        assertThat(report.problems()).extracting(ImportProblem::messageKey)
                .containsExactly("emulationhistory.award.notPast", "imports.row.refused");
        assertThat(awardsOnRecord()).isZero();
    }
}

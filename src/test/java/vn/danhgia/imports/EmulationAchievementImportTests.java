package vn.danhgia.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danhgia.imports.ImportFiles.row;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.danhgia.emulation.EmulationRecords;
import vn.danhgia.emulation.Nominee;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.rules.emulation.Achievement;
import vn.danhgia.rules.emulation.AchievementKind;
import vn.danhgia.rules.emulation.RecognitionLevel;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;

/**
 * Initiatives and research of Phòng Kinh tế imported in 2135 by Lê Văn Hùng (tochuc) (issue 14 §2): the initiative
 * that can carry Chiến sĩ thi đua cơ sở instead of an EXCELLENT rating (Luật TĐKT 2022 Điều 23) starts here.
 */
@DemoDataTest
class EmulationAchievementImportTests extends ImportTestSupport {

    @Autowired
    MutableClock clock;
    @Autowired
    OrganizationQueries organization;
    @Autowired
    EmulationRecords records;

    @BeforeEach
    void setUp() {
        cleanYears();
        clock.setDate(LocalDate.of(2135, 12, 1));
    }

    @AfterEach
    void cleanYears() {
        jdbc.update("delete from emulation_achievement_file where achievement_id in"
                + " (select id from emulation_achievement where recognised_year between 2130 and 2139)");
        jdbc.update("delete from emulation_achievement where recognised_year between 2130 and 2139");
    }

    long achievementsOnRecord() {
        return jdbc.queryForObject("select count(*) from emulation_achievement"
                + " where recognised_year between 2130 and 2139", Long.class);
    }

    @Test
    void theDryRunWritesNothingAndTheConfirmationRecordsEachAchievementOnce() {
        List<List<String>> rows = List.of(
                row("NB014", "", "Sáng kiến", "Số hóa hồ sơ thẩm định dự án", "Cấp cơ sở", "2134",
                        "Hội đồng sáng kiến Văn phòng UBND tỉnh", "12/QĐ-VP"),
                row("", "VPUB-NB.KT", "RESEARCH", "Đề tài đánh giá hiệu quả đầu tư công", "PROVINCIAL", "2133",
                        "Sở Khoa học và Công nghệ", ""));

        ImportReport dryRun = preview("tochuc", ImportKind.ACHIEVEMENTS, rows);

        assertThat(dryRun.problems()).isEmpty();
        assertThat(dryRun.count(ImportAction.CREATE)).isEqualTo(2);
        assertThat(achievementsOnRecord()).isZero();

        assertThat(as("tochuc", () -> imports.confirm(ImportKind.ACHIEVEMENTS, dryRun.uploadId()))
                .applied()).isTrue();
        Nominee mai = Nominee.person(organization.cadreByCode("NB014").orElseThrow().id().value());
        assertThat(records.achievements(List.of(mai), 2139).get(mai)).containsExactly(
                new Achievement(AchievementKind.INITIATIVE, RecognitionLevel.GRASSROOTS, 2134));
        assertThat(achievementsOnRecord()).isEqualTo(2);

        ImportReport again = preview("tochuc", ImportKind.ACHIEVEMENTS, rows);
        assertThat(again.count(ImportAction.UNCHANGED)).isEqualTo(2);
        assertThat(again.hasChanges()).isFalse();
    }

    @Test
    void anAchievementRecognisedAfterThisYearOrForNobodyIsARowProblem() {
        ImportReport report = preview("tochuc", ImportKind.ACHIEVEMENTS, List.of(
                row("NB014", "", "Sáng kiến", "Sáng kiến chưa được công nhận", "Cấp cơ sở", "2136", "", ""),
                row("", "", "Công trình", "Công trình không rõ của ai", "Toàn quốc", "2134", "", "")));

        // The holder is checked while reading the rows, the year when the dry run tries the recording.
        assertThat(places(report)).containsExactly("A3", "F2");
        assertThat(report.problems()).extracting(ImportProblem::messageKey).containsExactly(
                "emulationhistory.import.oneHolder", "emulationhistory.achievement.year.range");
        assertThat(achievementsOnRecord()).isZero();
    }
}

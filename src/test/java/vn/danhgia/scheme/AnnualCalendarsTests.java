package vn.danhgia.scheme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.danhgia.support.DemoDataTest;

/**
 * The shipped annual calendars (migration V65): seed 003's Văn phòng UBND tỉnh plan and seed 004's Kế hoạch 79-KH/ĐU,
 * their days applied to 2023 (the seeds' year) and 2026, and the legal basis each year is rated under.
 */
@DemoDataTest
class AnnualCalendarsTests {

    @Autowired
    AnnualCalendars calendars;

    AnnualCalendarView office() {
        return calendars.byCode("NB-VP-UBND-ANNUAL").orElseThrow();
    }

    AnnualCalendarView ward() {
        return calendars.byCode("DU-PHUONG-79-KH").orElseThrow();
    }

    @Test
    void seed003DaysIn2023AndIn2026() {
        for (int year : List.of(2023, 2026)) {
            // §2.1 a: bản kiểm điểm "xong trước ngày 13/12" — the 12th is the last day in time.
            assertThat(office().lastDayInTime(AnnualStep.SELF_REVIEW, year)).contains(LocalDate.of(year, 12, 12));
            // §2.2 c: the departments send their dossiers "trong ngày 13/12".
            assertThat(office().lastDayInTime(AnnualStep.UNIT_DOSSIERS, year)).contains(LocalDate.of(year, 12, 13));
            // §2.3: Hội nghị chủ chốt "Ngày 14/12".
            assertThat(office().lastDayInTime(AnnualStep.KEY_CADRES_CONFERENCE, year))
                    .contains(LocalDate.of(year, 12, 14));
            // §2.1 b: "Xong trước ngày 15/12".
            assertThat(office().lastDayInTime(AnnualStep.REVIEW_MEETINGS, year)).contains(LocalDate.of(year, 12, 14));
            // §2.3: dossiers to Sở Nội vụ "trong ngày 15/12".
            assertThat(office().lastDayInTime(AnnualStep.DOSSIERS_UPWARD, year)).contains(LocalDate.of(year, 12, 15));
        }
        assertThat(office().step(AnnualStep.DOSSIERS_UPWARD).orElseThrow().addressee()).isEqualTo("Sở Nội vụ");
        assertThat(office().step(AnnualStep.UNIT_DOSSIERS).orElseThrow().addressee())
                .isEqualTo("Phòng Hành chính tổ chức - Quản trị tài vụ");
    }

    @Test
    void seed004DaysIn2023AndIn2026() {
        for (int year : List.of(2023, 2026)) {
            // §IX.1: "hoàn thành việc kiểm điểm trước ngày 26/11", "báo cáo … về Ban Tổ chức Đảng ủy trước ngày 28/11".
            assertThat(ward().lastDayInTime(AnnualStep.REVIEW_MEETINGS, year)).contains(LocalDate.of(year, 11, 25));
            assertThat(ward().lastDayInTime(AnnualStep.DOSSIERS_UPWARD, year)).contains(LocalDate.of(year, 11, 27));
            // §IX.2: "gửi Báo cáo kết quả về Ban Tổ chức Thành ủy trước ngày 15/12".
            assertThat(ward().lastDayInTime(AnnualStep.AUTHORISED_RESULTS_UPWARD, year))
                    .contains(LocalDate.of(year, 12, 14));
        }
        assertThat(ward().step(AnnualStep.DOSSIERS_UPWARD).orElseThrow().addressee()).isEqualTo("Ban Tổ chức Đảng ủy");
        assertThat(ward().lastDayInTime(AnnualStep.KEY_CADRES_CONFERENCE, 2026)).isEmpty();
    }

    @Test
    void the2023YearIsRatedUnderQuyDinh124AndThe2026YearUnderQuyDinh366AndNghiDinh335() {
        for (AnnualCalendarView calendar : List.of(office(), ward())) {
            AnnualLegalBasis basis2023 = calendar.legalBasis(2023).orElseThrow();
            assertThat(basis2023.party()).contains("124-QĐ/TW");
            assertThat(basis2023.civilServants()).contains("90/2020", "48/2023");
            AnnualLegalBasis basis2026 = calendar.legalBasis(2026).orElseThrow();
            assertThat(basis2026.party()).contains("366-QĐ/TW");
            assertThat(basis2026.civilServants()).contains("335/2025");
            // Viên chức stay under Nghị định 90/2020 (DOMAIN-annual §3).
            assertThat(basis2026.publicEmployees()).contains("90/2020");
            assertThat(calendar.legalBasis(2025).orElseThrow().fromYear()).isEqualTo(2023);
            assertThat(calendar.legalBasis(2030).orElseThrow().fromYear()).isEqualTo(2026);
            assertThat(calendar.legalBasis(2022)).isEmpty();
        }
    }

    @Test
    void aUnitFollowsTheCalendarNamingItOrTheNearestUnitAboveIt() {
        assertThat(calendars.forUnitCodes(List.of("VPUB-NB.KT", "VPUB-NB", "UBND-NB")))
                .map(AnnualCalendarView::code).contains("NB-VP-UBND-ANNUAL");
        assertThat(calendars.forUnitCodes(List.of("SNV-NB", "UBND-NB"))).isEmpty();
    }

    @Test
    void aDayAppliesToAnyYearAndTwentyNinthOfFebruaryFallsOnTheTwentyEighth() {
        AnnualDeadline leap = new AnnualDeadline(AnnualStep.SELF_REVIEW, 2, 29, true, null);
        assertThat(leap.lastDayInTime(2024)).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(leap.lastDayInTime(2099)).isEqualTo(LocalDate.of(2099, 2, 28));
    }
}

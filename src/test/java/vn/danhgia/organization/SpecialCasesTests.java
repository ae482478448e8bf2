package vn.danhgia.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Seed 002 §7 a)–d) for quarter III/2026, rated on 18/9/2026 (seed 000 §III.4: vote and decision by day 18). */
class SpecialCasesTests {

    private static final LocalDate RATING_DAY = LocalDate.of(2026, 9, 18);

    private static final UnitId VAN_PHONG = new UnitId(1);
    private static final UnitId SO_NOI_VU = new UnitId(2);
    private static final UnitId TRUNG_TAM_PHUC_VU_HANH_CHINH_CONG = new UnitId(3);
    private static final UnitId DANG_UY_UBND_TINH = new UnitId(4);
    private static final PositionId PHO_TRUONG_PHONG_TONG_HOP = new PositionId(10);
    private static final PositionId TRUONG_PHONG_TONG_HOP = new PositionId(11);
    private static final PositionId PHO_TRUONG_PHONG_SO_NOI_VU = new PositionId(20);
    private static final PositionId PHO_TRUONG_PHONG_HANH_CHINH = new PositionId(12);
    private static final PositionId PHO_TRUONG_PHONG_KIEM_SOAT = new PositionId(13);
    private static final PositionId PHO_GIAM_DOC_TRUNG_TAM = new PositionId(14);
    private static final PositionId BI_THU_CHI_BO = new PositionId(30);

    /**
     * Seed 002 §7 a): "đã là lãnh đạo, quản lý nhưng được bổ nhiệm chức vụ mới cao hơn trong cùng một cơ quan, đơn vị
     * mà thời gian giữ chức vụ mới tính đến thời điểm đánh giá, xếp loại chưa đủ 02 tháng". Phó Trưởng phòng Tổng hợp
     * since 2020, Trưởng phòng from 26/8/2026, five weeks before the quarter ends.
     */
    @Test
    void promotionInTheSameAgencyUnderTwoMonthsBeforeRatingIsPromotedWithinUnit() {
        List<SpecialCase> cases = SpecialCases.in(2026, 3, RATING_DAY, List.of(
                fact(PHO_TRUONG_PHONG_TONG_HOP, VAN_PHONG, AppointmentKind.FIRST_APPOINTMENT, "2020-10-01", "2026-08-25"),
                fact(TRUONG_PHONG_TONG_HOP, VAN_PHONG, AppointmentKind.PROMOTION, "2026-08-26", null)));

        assertThat(cases).containsExactly(new SpecialCase(SpecialCaseKind.PROMOTED_WITHIN_UNIT, TRUONG_PHONG_TONG_HOP,
                LocalDate.of(2026, 8, 26), PHO_TRUONG_PHONG_TONG_HOP));
    }

    /** Seed 002 §7 a) "chưa đủ 02 tháng": promoted on 18/7, exactly two months before 18/9, is an ordinary case. */
    @Test
    void promotionExactlyTwoMonthsBeforeRatingIsNotSpecial() {
        List<SpecialCase> cases = SpecialCases.in(2026, 3, RATING_DAY, List.of(
                fact(PHO_TRUONG_PHONG_TONG_HOP, VAN_PHONG, AppointmentKind.FIRST_APPOINTMENT, "2020-10-01", "2026-07-17"),
                fact(TRUONG_PHONG_TONG_HOP, VAN_PHONG, AppointmentKind.PROMOTION, "2026-07-18", null)));

        assertThat(cases).isEmpty();
    }

    /** Seed 002 §7 a) "đã là lãnh đạo, quản lý": a promotion without a leader post the day before is not case a). */
    @Test
    void promotionWithoutAPreviousLeaderPostIsNotPromotedWithinUnit() {
        List<SpecialCase> cases = SpecialCases.in(2026, 3, RATING_DAY, List.of(
                fact(TRUONG_PHONG_TONG_HOP, VAN_PHONG, AppointmentKind.PROMOTION, "2026-08-26", null)));

        assertThat(cases).isEmpty();
    }

    /**
     * Seed 002 §7 b): "đã là cán bộ lãnh đạo, quản lý được điều động hoặc bổ nhiệm sang cơ quan, đơn vị mới nhưng chưa
     * đủ 02 tháng tính đến thời điểm đánh giá, xếp loại thì cơ quan, đơn vị cũ có trách nhiệm gửi nhận xét". Phó
     * Trưởng phòng at Sở Nội vụ, moved to the Văn phòng on 19/8/2026, six weeks before the quarter ends.
     */
    @Test
    void transferToAnotherAgencyUnderTwoMonthsBeforeRatingIsMovedToNewUnit() {
        List<SpecialCase> cases = SpecialCases.in(2026, 3, RATING_DAY, List.of(
                fact(PHO_TRUONG_PHONG_SO_NOI_VU, SO_NOI_VU, AppointmentKind.FIRST_APPOINTMENT, "2021-05-01", "2026-08-18"),
                fact(PHO_TRUONG_PHONG_HANH_CHINH, VAN_PHONG, AppointmentKind.TRANSFER, "2026-08-19", null)));

        assertThat(cases).containsExactly(new SpecialCase(SpecialCaseKind.MOVED_TO_NEW_UNIT,
                PHO_TRUONG_PHONG_HANH_CHINH, LocalDate.of(2026, 8, 19), PHO_TRUONG_PHONG_SO_NOI_VU));
        assertThat(cases.get(0).previous()).contains(PHO_TRUONG_PHONG_SO_NOI_VU);
    }

    /** Seed 002 §7 b) "hoặc bổ nhiệm sang cơ quan, đơn vị mới": a promotion into another agency is a move too. */
    @Test
    void promotionIntoAnotherAgencyIsMovedToNewUnit() {
        List<SpecialCase> cases = SpecialCases.in(2026, 3, RATING_DAY, List.of(
                fact(PHO_TRUONG_PHONG_SO_NOI_VU, SO_NOI_VU, AppointmentKind.FIRST_APPOINTMENT, "2021-05-01", "2026-08-31"),
                fact(TRUONG_PHONG_TONG_HOP, VAN_PHONG, AppointmentKind.PROMOTION, "2026-09-01", null)));

        assertThat(cases).extracting(SpecialCase::kind).containsExactly(SpecialCaseKind.MOVED_TO_NEW_UNIT);
    }

    /** Seed 002 §7 b) "sang cơ quan, đơn vị mới": moving between two departments of the same Văn phòng is not. */
    @Test
    void transferWithinTheSameAgencyIsNotSpecial() {
        List<SpecialCase> cases = SpecialCases.in(2026, 3, RATING_DAY, List.of(
                fact(PHO_TRUONG_PHONG_TONG_HOP, VAN_PHONG, AppointmentKind.FIRST_APPOINTMENT, "2020-10-01", "2026-08-31"),
                fact(PHO_TRUONG_PHONG_HANH_CHINH, VAN_PHONG, AppointmentKind.TRANSFER, "2026-09-01", null)));

        assertThat(cases).isEmpty();
    }

    /**
     * Seed 002 §7 c): "thay đổi vị trí công tác theo yêu cầu sắp xếp tinh gọn tổ chức bộ máy … thì tiến hành đánh
     * giá, xếp loại theo kết quả thực hiện nhiệm vụ từ thời điểm sau khi sắp xếp". Phó Giám đốc Trung tâm Phục vụ hành
     * chính công, re-assigned to Phó Trưởng phòng Kiểm soát thủ tục hành chính on 15/7/2026.
     */
    @Test
    void restructuringDuringTheQuarterRatesSinceTheChange() {
        List<SpecialCase> cases = SpecialCases.in(2026, 3, RATING_DAY, List.of(
                fact(PHO_GIAM_DOC_TRUNG_TAM, TRUNG_TAM_PHUC_VU_HANH_CHINH_CONG, AppointmentKind.FIRST_APPOINTMENT,
                        "2022-06-01", "2026-07-14"),
                fact(PHO_TRUONG_PHONG_KIEM_SOAT, VAN_PHONG, AppointmentKind.RESTRUCTURING, "2026-07-15", null)));

        assertThat(cases).containsExactly(new SpecialCase(SpecialCaseKind.RESTRUCTURED, PHO_TRUONG_PHONG_KIEM_SOAT,
                LocalDate.of(2026, 7, 15), null));
    }

    /** Seed 002 §7 c): a restructuring in quarter II leaves quarter III to be rated on the whole quarter. */
    @Test
    void restructuringBeforeTheQuarterIsNotSpecial() {
        List<SpecialCase> cases = SpecialCases.in(2026, 3, RATING_DAY, List.of(
                fact(PHO_TRUONG_PHONG_KIEM_SOAT, VAN_PHONG, AppointmentKind.RESTRUCTURING, "2026-06-15", null)));

        assertThat(cases).isEmpty();
    }

    /**
     * Seed 002 §7 d): "Cá nhân lần đầu được bổ nhiệm giữ chức danh lãnh đạo, quản lý có thời gian dưới 01 tháng trong
     * quý đánh giá" is rated next quarter. First appointed on 9/9/2026, three weeks before the quarter ends.
     */
    @Test
    void firstAppointmentUnderAMonthInTheQuarterIsDeferred() {
        List<SpecialCase> cases = SpecialCases.in(2026, 3, RATING_DAY, List.of(
                fact(PHO_TRUONG_PHONG_HANH_CHINH, VAN_PHONG, AppointmentKind.FIRST_APPOINTMENT, "2026-09-09", null)));

        assertThat(cases).containsExactly(new SpecialCase(SpecialCaseKind.DEFERRED_FIRST_APPOINTMENT,
                PHO_TRUONG_PHONG_HANH_CHINH, LocalDate.of(2026, 9, 9), null));
    }

    /** Seed 002 §7 d) "dưới 01 tháng": appointed on 1/9, the post is held the whole of September, a full month. */
    @Test
    void firstAppointmentForAFullMonthInTheQuarterIsRated() {
        List<SpecialCase> cases = SpecialCases.in(2026, 3, RATING_DAY, List.of(
                fact(PHO_TRUONG_PHONG_HANH_CHINH, VAN_PHONG, AppointmentKind.FIRST_APPOINTMENT, "2026-09-01", null)));

        assertThat(cases).isEmpty();
    }

    /** Seed 002 §7 d) counts time "trong quý đánh giá": appointed on 2/9 holds the post 29 days in the quarter. */
    @Test
    void firstAppointmentOneDayShortOfAMonthIsDeferred() {
        List<SpecialCase> cases = SpecialCases.in(2026, 3, RATING_DAY, List.of(
                fact(PHO_TRUONG_PHONG_HANH_CHINH, VAN_PHONG, AppointmentKind.FIRST_APPOINTMENT, "2026-09-02", null)));

        assertThat(cases).extracting(SpecialCase::kind).containsExactly(SpecialCaseKind.DEFERRED_FIRST_APPOINTMENT);
    }

    /** A concurrent party post (Bí thư Chi bộ kiêm nhiệm) taken up recently is neither a promotion nor a move. */
    @Test
    void concurrentPostNeverStartsASpecialCase() {
        List<SpecialCase> cases = SpecialCases.in(2026, 3, RATING_DAY, List.of(
                fact(PHO_TRUONG_PHONG_TONG_HOP, VAN_PHONG, AppointmentKind.FIRST_APPOINTMENT, "2020-10-01", null),
                fact(BI_THU_CHI_BO, DANG_UY_UBND_TINH, AppointmentKind.CONCURRENT, "2026-09-01", null)));

        assertThat(cases).isEmpty();
    }

    /** Only leader posts (cán bộ lãnh đạo, quản lý) are rated quarterly, so only they make special cases. */
    @Test
    void appointmentToANonLeaderPostIsIgnored() {
        AppointmentFact chuTichCongDoan = new AppointmentFact(new PositionId(40), VAN_PHONG, false,
                AppointmentKind.FIRST_APPOINTMENT, LocalDate.of(2026, 9, 9), null);

        assertThat(SpecialCases.in(2026, 3, RATING_DAY, List.of(chuTichCongDoan))).isEmpty();
    }

    @Test
    void ratingDayBeforeTheQuarterIsRefused() {
        assertThatThrownBy(() -> SpecialCases.in(2026, 3, LocalDate.of(2026, 6, 18), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SpecialCases.in(2026, 5, RATING_DAY, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static AppointmentFact fact(PositionId position, UnitId organisation, AppointmentKind kind, String start,
                                        String end) {
        return new AppointmentFact(position, organisation, true, kind, LocalDate.parse(start),
                end == null ? null : LocalDate.parse(end));
    }
}

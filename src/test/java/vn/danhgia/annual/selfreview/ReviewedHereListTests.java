package vn.danhgia.annual.selfreview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.danhgia.support.TestActors.as;
import static vn.danhgia.support.TestActors.runAs;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.danhgia.annual.SelfReviewLine;
import vn.danhgia.annual.SelfReviewService;
import vn.danhgia.membership.MembershipAdministration;
import vn.danhgia.membership.MembershipChange;
import vn.danhgia.membership.SubjectKind;
import vn.danhgia.organization.AppointmentKind;
import vn.danhgia.organization.CadreId;
import vn.danhgia.organization.EmploymentKind;
import vn.danhgia.organization.NewCadre;
import vn.danhgia.organization.NewPosition;
import vn.danhgia.organization.NewUnit;
import vn.danhgia.organization.OrganizationService;
import vn.danhgia.organization.PositionId;
import vn.danhgia.organization.PositionRank;
import vn.danhgia.organization.PositionTrack;
import vn.danhgia.organization.UnitId;
import vn.danhgia.organization.UnitKind;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.Role;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.TestActors;

/**
 * The self-review list of a unit reads who is reviewed there from {@code membership.ReviewSubjects} (seed 004 §II.1,
 * §II.2), on a small ward set up for 2019 (a year only this class writes in): the Bí thư Nguyễn Văn Hùng holds two
 * seats in the Ban Chấp hành and chairs the UBND; the Chi bộ Tổ dân phố 2 has its secretary, Hùng as a member active
 * there, an ordinary member, and one member each exempt, suspended and admitted under six months before.
 */
@DemoDataTest
class ReviewedHereListTests {

    private static final int YEAR = 2019;
    private static final LocalDate TERM = LocalDate.of(2015, 10, 1);

    @Autowired
    SelfReviewService reviews;

    @Autowired
    OrganizationService organization;

    @Autowired
    MembershipAdministration memberships;

    @Autowired
    TestActors actors;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    UnitId banChapHanh;
    UnitId chiBo;
    UnitId ubnd;
    Actor hung;
    Actor hoa;

    @BeforeEach
    void aWard() {
        clean();
        clock.setDate(LocalDate.of(YEAR, 12, 10));
        runAs(actors.account("admin"), this::build);
        hung = actors.cadre(tag + ".01", Role.UNIT_HEAD);
        hoa = actors.cadre(tag + ".03", Role.UNIT_HEAD);
    }

    /** The ward, recorded by the administrator (memberships are audited). */
    private Void build() {
        UnitId dangBo = unit("DB", "Đảng bộ phường Thử nghiệm", UnitKind.PARTY_COMMITTEE, null);
        banChapHanh = unit("DB.BCH", "Ban Chấp hành Đảng bộ phường Thử nghiệm", UnitKind.LEADERSHIP_COLLECTIVE,
                dangBo);
        chiBo = unit("DB.CB2", "Chi bộ Tổ dân phố 2", UnitKind.PARTY_CELL, dangBo);
        ubnd = unit("UBND", "Ủy ban nhân dân phường Thử nghiệm", UnitKind.AGENCY, null);
        memberships.markSubject(banChapHanh, SubjectKind.PARTY_EXECUTIVE_COMMITTEE, false);
        memberships.markSubject(chiBo, SubjectKind.PARTY_ORGANIZATION, true);
        memberships.markSubject(ubnd, SubjectKind.PEOPLE_COMMITTEE, false);

        CadreId hungId = cadre("01", "Nguyễn Văn Hùng", EmploymentKind.CADRE);
        appoint(hungId, position("BCH.BT", "Bí thư Đảng ủy", PositionRank.HEAD, banChapHanh), AppointmentKind.PROMOTION);
        appoint(hungId, position("BCH.BTV", "Ủy viên Ban Thường vụ", PositionRank.MEMBER, banChapHanh),
                AppointmentKind.CONCURRENT);
        appoint(hungId, position("UBND.CT", "Chủ tịch UBND phường", PositionRank.HEAD, ubnd),
                AppointmentKind.CONCURRENT);
        CadreId lanId = cadre("02", "Trần Thị Lan", EmploymentKind.CADRE);
        appoint(lanId, position("BCH.UV", "Ủy viên Ban Chấp hành", PositionRank.MEMBER, banChapHanh),
                AppointmentKind.FIRST_APPOINTMENT);
        CadreId hoaId = cadre("03", "Phạm Thị Hoa", EmploymentKind.WORKER);
        appoint(hoaId, position("CB2.BT", "Bí thư Chi bộ", PositionRank.HEAD, chiBo),
                AppointmentKind.FIRST_APPOINTMENT);

        member(hungId, LocalDate.of(1998, 5, 19), null, null);
        member(lanId, LocalDate.of(2003, 2, 3), null, null);
        member(hoaId, LocalDate.of(1985, 3, 26), null, null);
        member(cadre("04", "Lê Thị Mỹ", EmploymentKind.WORKER), LocalDate.of(1990, 1, 7), null, null);
        member(cadre("05", "Đặng Văn Ba", EmploymentKind.WORKER), LocalDate.of(1980, 2, 3),
                LocalDate.of(2018, 1, 1), null);
        member(cadre("06", "Huỳnh Văn Tư", EmploymentKind.WORKER), LocalDate.of(1995, 8, 8), null,
                LocalDate.of(2019, 3, 1));
        // Admitted 1/7/2019: five months on the review day, 10/12/2019.
        member(cadre("07", "Võ Quốc Bảo", EmploymentKind.WORKER), LocalDate.of(2019, 7, 1), null, null);
        return null;
    }

    @AfterEach
    void clean() {
        clock.setDate(LocalDate.of(2026, 6, 20));
    }

    @Test
    void theCellListsItsMembersAndThoseNotReviewedWithTheirReasonAndNoForm() {
        List<SelfReviewLine> lines = runAs(hoa, () -> reviews.ofUnit(chiBo.value(), YEAR));

        // The secretary first (seed 003 §I.2: the head before the others), then the members by given name.
        assertThat(lines).extracting(line -> line.fullName() + " | " + line.form() + " | " + line.notReviewedReason())
                .containsExactly(
                        "Phạm Thị Hoa | MAU_2B | null",
                        "Đặng Văn Ba | null | EXEMPT",
                        "Võ Quốc Bảo | null | ADMITTED_UNDER_SIX_MONTHS",
                        "Nguyễn Văn Hùng | MAU_2B | null",
                        "Trần Thị Lan | MAU_2B | null",
                        "Lê Thị Mỹ | MAU_2C | null",
                        "Huỳnh Văn Tư | null | SUSPENDED");
        assertThat(lines.get(0).positionTitle()).isEqualTo("Bí thư Chi bộ");
    }

    @Test
    void aLeaderIsListedOnceBeforeEachCollectiveHeSitsIn() {
        List<SelfReviewLine> executive = runAs(hung, () -> reviews.ofUnit(banChapHanh.value(), YEAR));
        List<SelfReviewLine> committee = runAs(hung, () -> reviews.ofUnit(ubnd.value(), YEAR));

        // Seed 004 §II.2: reviewed before each leading collective he belongs to; two seats in one are one line.
        assertThat(executive).extracting(SelfReviewLine::fullName)
                .containsExactly("Nguyễn Văn Hùng", "Trần Thị Lan");
        assertThat(executive.get(0).positionTitle()).isEqualTo("Bí thư Đảng ủy");
        assertThat(committee).extracting(line -> line.fullName() + " | " + line.positionTitle())
                .containsExactly("Nguyễn Văn Hùng | Chủ tịch UBND phường");
    }

    @Test
    void thePageShowsTheReasonBesideTheMemberNotReviewed() throws Exception {
        mvc.perform(get("/annual/self-reviews").param("unit", String.valueOf(chiBo.value()))
                        .param("year", String.valueOf(YEAR)).with(as(hoa)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(
                        "Không kiểm điểm: mới kết nạp chưa đủ 6 tháng")))
                .andExpect(content().string(Matchers.containsString(
                        "Không kiểm điểm: bị đình chỉ sinh hoạt đảng")));
    }

    private UnitId unit(String code, String name, UnitKind kind, UnitId parent) {
        return organization.createUnit(new NewUnit(tag + "." + code, name, kind, parent));
    }

    private PositionId position(String code, String title, PositionRank rank, UnitId unit) {
        return organization.createPosition(new NewPosition(tag + "." + code, title, rank,
                unit.equals(ubnd) ? PositionTrack.GOVERNMENT : PositionTrack.PARTY, unit, rank != PositionRank.MEMBER));
    }

    private CadreId cadre(String code, String name, EmploymentKind kind) {
        return organization.registerCadre(new NewCadre(tag + "." + code, name, LocalDate.of(1960, 4, 30), true,
                kind));
    }

    private void appoint(CadreId cadre, PositionId position, AppointmentKind kind) {
        organization.appoint(cadre, position, TERM, kind);
    }

    private void member(CadreId cadre, LocalDate admitted, LocalDate exempt, LocalDate suspended) {
        LocalDate official = admitted.plusYears(1);
        memberships.record(cadre, new MembershipChange(chiBo, admitted,
                official.isBefore(LocalDate.of(YEAR, 12, 10)) ? official : null, exempt, suspended), null);
    }
}

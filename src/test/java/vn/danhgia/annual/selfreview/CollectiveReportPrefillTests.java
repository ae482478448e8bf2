package vn.danhgia.annual.selfreview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.danhgia.support.TestActors.as;
import static vn.danhgia.support.TestActors.runAs;

import java.io.ByteArrayInputStream;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.danhgia.annual.SelfReviewService;
import vn.danhgia.annual.SelfReviewView;
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
import vn.danhgia.reporting.summary.QuarterlyReport;
import vn.danhgia.reporting.summary.QuarterlyReportService;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.TestActors;

/**
 * Mẫu 01 of a department's leadership prefilled from the department's year (issue 13 §3: "Task results are prefilled
 * from the year's quarterly results"; seed 000 §III.6.4: the quarters' results are the basis of the year-end review).
 * A Phòng Kế hoạch set up for 2018 (a year only this class writes in): its head Trần Văn Khải and four officers,
 * the collective's results of quarters I and II as the authority recorded them, and the officers' levels.
 */
@DemoDataTest
class CollectiveReportPrefillTests {

    private static final int YEAR = 2018;

    @Autowired
    SelfReviewService reviews;

    @Autowired
    SelfReviewPrefill prefill;

    @Autowired
    QuarterlyReportService quarterlyReports;

    @Autowired
    OrganizationService organization;

    @Autowired
    TestActors actors;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    UnitId department;
    Actor khai;
    CadreId[] officers;

    @BeforeEach
    void aDepartmentWithTwoRatedQuarters() {
        clean();
        clock.setDate(LocalDate.of(YEAR, 12, 10));
        department = organization.createUnit(new NewUnit(tag + ".PKH", "Phòng Kế hoạch (thử nghiệm Mẫu 01)",
                UnitKind.DEPARTMENT, null));
        PositionId head = organization.createPosition(new NewPosition(tag + ".PKH.TP", "Trưởng phòng",
                PositionRank.HEAD, PositionTrack.GOVERNMENT, department, true));
        PositionId officer = organization.createPosition(new NewPosition(tag + ".PKH.CV", "Chuyên viên",
                PositionRank.MEMBER, PositionTrack.GOVERNMENT, department, false));
        CadreId khaiId = cadre("01", "Trần Văn Khải");
        organization.appoint(khaiId, head, LocalDate.of(2017, 1, 1), AppointmentKind.PROMOTION);
        String[] names = {"Nguyễn Thị Hạnh", "Lê Văn Sơn", "Phạm Thị Thu", "Đỗ Văn Nam"};
        officers = new CadreId[names.length];
        for (int i = 0; i < names.length; i++) {
            officers[i] = cadre("0" + (i + 2), names[i]);
            organization.appoint(officers[i], officer, LocalDate.of(2017, 1, 1), AppointmentKind.FIRST_APPOINTMENT);
        }
        khai = actors.cadre(tag + ".01", Role.UNIT_HEAD);

        // Quarter I: the collective GOOD with 9 of 10 targets; Hạnh EXCELLENT, Sơn and Thu GOOD, Nam COMPLETED.
        collective(1, 10, 9, 0, "GOOD");
        rating(officers[0], 1, "ANNOUNCED", "EXCELLENT");
        rating(officers[1], 1, "ANNOUNCED", "GOOD");
        rating(officers[2], 1, "ANNOUNCED", "GOOD");
        rating(officers[3], 1, "ANNOUNCED", "COMPLETED");
        // Quarter II: 7 of 8 counted targets (one excused); Hạnh's first rating cancelled after a complaint and
        // replaced, Nam only proposed so far.
        collective(2, 9, 7, 1, "COMPLETED");
        rating(officers[0], 2, "CANCELLED", "GOOD");
        rating(officers[0], 2, "DECIDED", "EXCELLENT");
        rating(officers[1], 2, "DECIDED", "NOT_COMPLETED");
        rating(officers[2], 2, "DECIDED", "GOOD");
        rating(officers[3], 2, "PROPOSED", null);
    }

    @AfterEach
    void clean() {
        jdbc.update("delete from self_review_section where self_review_id in "
                + "(select id from self_review where review_year = 2018)");
        jdbc.update("delete from self_review where review_year = 2018");
        jdbc.update("delete from quarter_rating where period_year = 2018");
        jdbc.update("delete from collective_result where period_year = 2018");
        clock.setDate(LocalDate.of(2026, 6, 20));
    }

    @Test
    void mau01StartsWithTheCollectivesQuartersAndItsMembersLevels() throws Exception {
        SelfReviewView report = runAs(khai, () -> reviews.openCollective(department.value(), YEAR));

        String tasks = report.sections().stream().filter(section -> section.code().equals("TASKS")).findFirst()
                .orElseThrow().text();
        assertThat(tasks).contains(
                "Quý I/2018 – tập thể: xếp loại Hoàn thành tốt nhiệm vụ; chỉ tiêu, nhiệm vụ được giao 10, hoàn thành 9,"
                        + " không tính do bất khả kháng 0; tỷ lệ hoàn thành 90%.",
                "Cá nhân trong đơn vị: Hoàn thành xuất sắc nhiệm vụ 1; Hoàn thành tốt nhiệm vụ 2; Hoàn thành nhiệm vụ 1;"
                        + " Không hoàn thành nhiệm vụ 0; chưa có mức xếp loại 0.",
                // 7 ÷ (9 − 1) = 87,5 %.
                "Quý II/2018 – tập thể: xếp loại Hoàn thành nhiệm vụ; chỉ tiêu, nhiệm vụ được giao 9, hoàn thành 7,"
                        + " không tính do bất khả kháng 1; tỷ lệ hoàn thành 87,5%.",
                "Cá nhân trong đơn vị: Hoàn thành xuất sắc nhiệm vụ 1; Hoàn thành tốt nhiệm vụ 1; Hoàn thành nhiệm vụ 0;"
                        + " Không hoàn thành nhiệm vụ 1; chưa có mức xếp loại 1.",
                "Quý III/2018 – tập thể: chưa có kết quả.");

        byte[] docx = mvc.perform(get("/annual/self-reviews/{id}/kiem-diem.docx", report.id()).with(as(khai)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            StringBuilder text = new StringBuilder();
            document.getParagraphs().forEach(paragraph -> text.append(paragraph.getText()).append('\n'));
            assertThat(text.toString()).contains("BÁO CÁO KIỂM ĐIỂM TẬP THỂ LÃNH ĐẠO, QUẢN LÝ",
                    "tỷ lệ hoàn thành 90%", "tỷ lệ hoàn thành 87,5%",
                    "Hoàn thành xuất sắc nhiệm vụ 1; Hoàn thành tốt nhiệm vụ 2; Hoàn thành nhiệm vụ 1;");
        }
    }

    /** One truth: the prefilled counts are the counts of the quarterly summary table Mẫu 04 for the unit. */
    @Test
    void thePrefilledCountsAreTheQuarterlyReportsCounts() {
        Actor admin = actors.account("admin");
        for (int each = 1; each <= 2; each++) {
            int number = each;
            Quarter quarter = new Quarter(YEAR, number);
            SelfReviewPrefill.LevelCount prefilled = prefill.membersLevels(department, quarter);
            Map<RatingLevel, Integer> reported = new EnumMap<>(RatingLevel.class);
            int[] withoutLevel = {0};
            runAs(admin, () -> {
                QuarterlyReport report = quarterlyReports.prepare("mau-04", String.valueOf(YEAR),
                        String.valueOf(number), department.value());
                quarterlyReports.lines(report, line -> {
                    if (line.decidedLevel() == null) {
                        withoutLevel[0]++;
                    } else {
                        reported.merge(RatingLevel.valueOf(line.decidedLevel()), 1, Integer::sum);
                    }
                });
                return null;
            });
            assertThat(prefilled.counts()).as("quarter %d", number).isEqualTo(reported);
            assertThat(prefilled.withoutLevel()).as("quarter %d", number).isEqualTo(withoutLevel[0]);
        }
        assertThat(prefill.membersLevels(department, new Quarter(YEAR, 2)).of(RatingLevel.EXCELLENT)).isOne();
    }

    private CadreId cadre(String code, String name) {
        return organization.registerCadre(new NewCadre(tag + "." + code, name, LocalDate.of(1980, 5, 1), true,
                EmploymentKind.CIVIL_SERVANT));
    }

    private void collective(int quarter, int assigned, int done, int excused, String level) {
        jdbc.update("""
                insert into collective_result (unit_id, period_year, period_quarter, targets_assigned, targets_done,
                    targets_excused, force_majeure_reason, collective_level, recorded_by, recorded_at, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, 'thamquyen', ?, 0)""", department.value(), YEAR, quarter, assigned,
                done, excused, excused == 0 ? null : "Bão số 3 làm hoãn một dự án", level,
                Timestamp.from(clock.instant()));
    }

    private void rating(CadreId cadre, int quarter, String status, String decided) {
        jdbc.update("""
                insert into quarter_rating (cadre_id, live_cadre_id, unit_id, period_year, period_quarter, status,
                    head_proposed_level, decided_level, discrepancy, version)
                values (?, ?, ?, ?, ?, ?, 'GOOD', ?, false, 0)""", cadre.value(),
                status.equals("CANCELLED") ? null : cadre.value(), department.value(), YEAR, quarter, status,
                decided);
    }
}

package vn.danhgia.reporting.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.danhgia.annual.YearlyRatingView;
import vn.danhgia.annual.YearlyRatings;
import vn.danhgia.annual.YearlyTrack;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.reporting.summary.AnnualLevelsReport;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.TestActors;

/**
 * Issue 13 §7, "the upward exchange extended to yearly results": Phòng Kinh tế's year 2049 decided by the Chánh Văn
 * phòng (the collective and Trịnh Đình Phong GOOD, Lương Thị Mai COMPLETED, Hà Quốc Bảo not yet); its year's report
 * carries the yearly tables' figures (Biểu 01, 02) per track, and the level above (here the same installation's
 * personnel office) imports it beside another body's and consolidates the year.
 */
@DemoDataTest
class UpwardYearExchangeTests {

    static final int YEAR = 2049;

    @Autowired
    YearlyRatings ratings;
    @Autowired
    UpwardReportService upward;
    @Autowired
    ReceivedReportService received;
    @Autowired
    AnnualLevelsReport levels;
    @Autowired
    OrganizationQueries organization;
    @Autowired
    TestActors actors;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    MockMvc mvc;

    Actor tochuc;
    Actor authority;
    long kinhTe;

    @BeforeEach
    void setUp() {
        clean();
        clock.setDate(LocalDate.of(YEAR, 12, 20));
        tochuc = actors.account("tochuc");
        authority = actors.account("thamquyen");
        kinhTe = organization.unitByCode("VPUB-NB.KT").orElseThrow().id().value();
        TestActors.runAs(tochuc, () -> ratings.gather(kinhTe, YEAR));
        decide(YearlyTrack.COLLECTIVE, null, RatingLevel.GOOD);
        decide(YearlyTrack.STATE, "NB013", RatingLevel.GOOD);
        decide(YearlyTrack.STATE, "NB014", RatingLevel.COMPLETED);
    }

    @AfterEach
    void clean() {
        String reports = "select id from received_report where period_year = " + YEAR;
        jdbc.update("delete from audit_entry where record_type = 'RECEIVED_REPORT' and record_id in (" + reports + ")");
        for (String table : List.of("received_report_track_unit", "received_report_unit", "received_report_row")) {
            jdbc.update("delete from " + table + " where report_id in (" + reports + ")");
        }
        jdbc.update("delete from received_report where period_year = ?", YEAR);
        jdbc.update("delete from audit_entry where record_type = 'YEARLY_RATING' and record_id in"
                + " (select id from yearly_rating where rating_year = ?)", YEAR);
        jdbc.update("delete from complaint where rating_kind = 'YEARLY' and period_year = ?", YEAR);
        jdbc.update("update yearly_rating set replaces_id = null where rating_year = ?", YEAR);
        jdbc.update("delete from yearly_rating where rating_year = ?", YEAR);
    }

    void decide(YearlyTrack track, String cadreCode, RatingLevel level) {
        Long cadre = cadreCode == null ? null : organization.cadreByCode(cadreCode).orElseThrow().id().value();
        YearlyRatingView rating = TestActors.runAs(authority, () -> ratings.board(kinhTe, YEAR)).ratings().stream()
                .filter(r -> r.track() == track && java.util.Objects.equals(r.cadreId(), cadre)).findFirst()
                .orElseThrow();
        TestActors.runAs(authority, () -> ratings.decide(rating.id(), rating.version(), level,
                "Theo kết quả hội nghị kiểm điểm"));
    }

    static UpwardReport.LevelCounts counts(AnnualLevelsReport.Line line) {
        return new UpwardReport.LevelCounts(line.excellent(), line.good(), line.completed(), line.notCompleted(),
                line.total());
    }

    @Test
    void aYearsReportCarriesTheFiguresOfTheYearlyTablesPerTrack() {
        UpwardReport report = TestActors.runAs(tochuc, () -> upward.exportYear(YEAR, kinhTe));
        AnnualLevelsReport.Prepared tables = TestActors.runAs(tochuc,
                () -> levels.prepare(AnnualLevelsReport.Kind.LEVELS, YEAR, kinhTe));

        // One truth: each track is Biểu 01 / Biểu 02 unit by unit and in total.
        assertThat(report.tracks()).extracting(UpwardReport.TrackCounts::track).containsExactly("COLLECTIVE", "STATE");
        for (int t = 0; t < tables.tables().size(); t++) {
            AnnualLevelsReport.Table table = tables.tables().get(t);
            UpwardReport.TrackCounts track = report.tracks().get(t);
            assertThat(track.track()).isEqualTo(table.track());
            assertThat(track.units()).containsExactlyElementsOf(table.lines().stream()
                    .map(line -> new UpwardReport.UnitCounts(line.unitCode(), line.label(), counts(line))).toList());
            assertThat(track.totals()).isEqualTo(counts(table.total()));
        }
        // Decided only: Hà Quốc Bảo is not counted yet.
        assertThat(report.tracks().get(1).totals()).isEqualTo(new UpwardReport.LevelCounts(0L, 1L, 1L, 0L, 2L));
        assertThat(report.tracks().get(0).totals()).isEqualTo(new UpwardReport.LevelCounts(0L, 1L, 0L, 0L, 1L));
        assertThat(report.totals()).isEqualTo(new UpwardReport.LevelCounts(0L, 2L, 1L, 0L, 3L));
        assertThat(report.yearly()).isTrue();
        assertThat(report.rows()).isEmpty();
        assertThat(UpwardReportService.fileName(report)).isEqualTo("bao-cao-cap-tren-nam-2049-VPUB-NB.KT.json");
    }

    @Test
    void theYearExportedIsImportedAboveAndConsolidatedWithAnotherBodysYear() throws Exception {
        byte[] file = mvc.perform(get("/api/v1/upward-reports").param("year", String.valueOf(YEAR))
                        .param("period", "YEAR").param("unit", String.valueOf(kinhTe)).with(TestActors.as(tochuc)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.period.kind").value("YEAR"))
                .andExpect(jsonPath("$.period.quarter").doesNotExist())
                .andReturn().getResponse().getContentAsByteArray();
        UpwardReport sent = json.readValue(file, UpwardReport.class);

        assertThat(TestActors.runAs(tochuc, () -> received.importReport(file)).outcome())
                .isEqualTo(ImportOutcome.CREATED);
        assertThat(TestActors.runAs(tochuc, () -> received.importReport(file)).outcome())
                .isEqualTo(ImportOutcome.UNCHANGED);
        ObjectNode other = (ObjectNode) json.readTree(file);
        ((ObjectNode) other.get("sender")).put("code", "UBND-HOALU").put("name", "UBND huyện Hoa Lư");
        assertThat(TestActors.runAs(tochuc, () -> received.importReport(json.writeValueAsBytes(other))).outcome())
                .isEqualTo(ImportOutcome.CREATED);

        YearConsolidation year = TestActors.runAs(tochuc, () -> received.yearConsolidation(YEAR));
        assertThat(year.reports()).extracting(ReceivedReportSummary::senderCode)
                .containsExactly("UBND-HOALU", "VPUB-NB.KT");
        assertThat(year.reports()).allSatisfy(report -> {
            assertThat(report.period()).isNull();
            assertThat(report.year()).isEqualTo(YEAR);
        });
        // The consolidated counts are the sum of the bodies' files, track by track.
        assertThat(year.tracks()).extracting(UpwardReport.TrackCounts::track).containsExactly("COLLECTIVE", "STATE");
        for (int t = 0; t < 2; t++) {
            UpwardReport.LevelCounts one = sent.tracks().get(t).totals();
            assertThat(year.tracks().get(t).totals()).isEqualTo(new UpwardReport.LevelCounts(2 * one.excellent(),
                    2 * one.good(), 2 * one.completed(), 2 * one.notCompleted(), 2 * one.total()));
        }
        assertThat(year.totals().total()).isEqualTo(2 * sent.totals().total());
        // A year's report is no quarter's.
        assertThat(TestActors.runAs(tochuc, () -> received.consolidation(YEAR + "-4")).reports()).isEmpty();
    }

    @Test
    void aFileWithoutThePeriodMarkerIsAQuartersAndSoNeedsItsQuarter() throws Exception {
        UpwardReport report = TestActors.runAs(tochuc, () -> upward.exportYear(YEAR, kinhTe));
        ObjectNode file = (ObjectNode) json.valueToTree(report);
        ((ObjectNode) file.get("period")).remove("kind");
        assertThatThrownBy(() -> TestActors.runAs(tochuc, () -> received.importReport(json.writeValueAsBytes(file))))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.violations())
                        .extracting(violation -> violation.field()).contains("period.quarter"));
        // And the yearly counts belong to a year's file only.
        ((ObjectNode) file.get("period")).put("kind", "QUARTER").put("quarter", 4);
        assertThatThrownBy(() -> TestActors.runAs(tochuc, () -> received.importReport(json.writeValueAsBytes(file))))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.violations())
                        .extracting(violation -> violation.field()).contains("tracks"));
    }
}

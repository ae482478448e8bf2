package vn.danhgia.reporting.emulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.danhgia.rules.emulation.EmulationTitle.ADVANCED_COLLECTIVE;
import static vn.danhgia.rules.emulation.EmulationTitle.ADVANCED_WORKER;
import static vn.danhgia.rules.emulation.EmulationTitle.CERTIFICATE_OF_MERIT;
import static vn.danhgia.rules.emulation.EmulationTitle.GRASSROOTS_EMULATION_FIGHTER;
import static vn.danhgia.rules.emulation.EmulationTitle.PROVINCIAL_EMULATION_FIGHTER;
import static vn.danhgia.rules.emulation.EmulationTitle.PROVINCIAL_MERIT;

import java.io.ByteArrayInputStream;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.danhgia.emulation.AwardEntry;
import vn.danhgia.emulation.EmulationAwards;
import vn.danhgia.emulation.EmulationHolder;
import vn.danhgia.emulation.EmulationRecords;
import vn.danhgia.emulation.Nominee;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.platform.AccessRefusedException;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.rules.emulation.EmulationReasonCode;
import vn.danhgia.rules.emulation.EmulationTitle;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.StatementCounter;
import vn.danhgia.support.TestActors;

/**
 * Issue 14 §6 on a crafted history of 2162–2163 in the Ninh Bình office: Phòng Kinh tế's deputies with two consecutive
 * Chiến sĩ thi đua cơ sở (one with an initiative of provincial effect), Phòng Tổng hợp's deputy rated HTXS once, the
 * department's collective Tập thể lao động tiên tiến. The reports count what EmulationRecords holds (one truth), in
 * each reader's scope; the chains are the rules' own (Luật TĐKT 2022 Điều 22, 74, 75).
 */
@DemoDataTest
class EmulationReportsTests {

    static final int YEAR = 2163;
    static final String ECONOMY = "VPUB-NB.KT";
    static final String GENERAL = "VPUB-NB.TH";

    @Autowired
    EmulationReports reports;

    @Autowired
    EmulationRecords records;

    @Autowired
    EmulationAwards awards;

    @Autowired
    OrganizationQueries organization;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestActors actors;

    @Autowired
    MockMvc mvc;

    @Autowired
    StatementCounter statements;

    @BeforeEach
    void craftedHistory() {
        removeTheTestYears();
        long economy = unit(ECONOMY);
        for (int year = YEAR - 1; year <= YEAR; year++) {
            for (String deputy : List.of("NB014", "NB015")) {
                award(deputy, economy, year, ADVANCED_WORKER);
                award(deputy, economy, year, GRASSROOTS_EMULATION_FIGHTER);
            }
        }
        award("NB013", economy, YEAR, ADVANCED_WORKER);
        awards.enter(new AwardEntry(Nominee.collective(economy), economy, YEAR, ADVANCED_COLLECTIVE, null, null),
                "test");
        achievement("NB014", economy, "PROVINCIAL", YEAR);
        long general = unit(GENERAL);
        award("NB012", general, YEAR, ADVANCED_WORKER);
        yearlyRating("NB012", general, YEAR, "EXCELLENT");

        registration(EmulationHolder.INDIVIDUAL, cadre("NB014"), economy, false);
        registration(EmulationHolder.INDIVIDUAL, cadre("NB015"), economy, true);
        registration(EmulationHolder.COLLECTIVE, economy, economy, false);
        jdbc.sql("insert into emulation_review (unit_id, review_year, status, council_members, opened_by, opened_at,"
                        + " version) values (:unit, :year, 'CLOSED', 5, 'test', :at, 0)")
                .param("unit", economy).param("year", YEAR).param("at", OffsetDateTime.now()).update();
        long review = jdbc.sql("select id from emulation_review where unit_id = :unit and review_year = :year")
                .param("unit", economy).param("year", YEAR).query(Long.class).single();
        nomination(review, cadre("NB014"), "CHOSEN");
        nomination(review, cadre("NB015"), "REFUSED");
    }

    /** The other tests of the shared demo database read whole histories: the test years go again. */
    @AfterEach
    void removeTheTestYears() {
        for (String table : List.of("emulation_award", "emulation_registration")) {
            String year = table.equals("emulation_award") ? "award_year" : "emulation_year";
            jdbc.sql("delete from " + table + " where " + year + " between 2160 and 2169").update();
        }
        jdbc.sql("delete from emulation_achievement where recognised_year between 2160 and 2169").update();
        jdbc.sql("delete from emulation_nomination where review_id in (select id from emulation_review"
                + " where review_year between 2160 and 2169)").update();
        jdbc.sql("delete from emulation_review where review_year between 2160 and 2169").update();
        jdbc.sql("delete from yearly_rating where rating_year between 2160 and 2169").update();

    }

    // One truth: each title's count is the number of holders EmulationRecords says were awarded it for the year.
    @Test
    void theTitlesPerUnitAreTheAwardsEmulationRecordsHolds() {
        EmulationTitles titles = TestActors.runAs(actors.account("tochuc"), () -> reports.titles(YEAR, null));

        List<Nominee> holders = new ArrayList<>();
        for (String code : List.of("NB012", "NB013", "NB014", "NB015")) {
            holders.add(Nominee.person(cadre(code)));
        }
        holders.add(Nominee.collective(unit(ECONOMY)));
        Map<EmulationTitle, Long> onRecord = new EnumMap<>(EmulationTitle.class);
        records.awards(holders, YEAR).values().forEach(byYear -> byYear.getOrDefault(YEAR, Set.of())
                .forEach(title -> onRecord.merge(title, 1L, Long::sum)));
        for (EmulationTitle title : EmulationTitle.values()) {
            assertThat(titles.total().count(title)).as(title.name()).isEqualTo(onRecord.getOrDefault(title, 0L));
        }
        assertThat(titles.total().total()).isEqualTo(7);
        assertThat(line(titles, ECONOMY).count(ADVANCED_WORKER)).isEqualTo(3);
        assertThat(line(titles, ECONOMY).count(GRASSROOTS_EMULATION_FIGHTER)).isEqualTo(2);
        assertThat(line(titles, ECONOMY).count(ADVANCED_COLLECTIVE)).isEqualTo(1);
        assertThat(line(titles, GENERAL).total()).isEqualTo(1);
    }

    @Test
    void aUnitHeadSeesTheirOwnUnitAndACadreNoReport() {
        EmulationTitles own = TestActors.runAs(actors.account("truongphong"), () -> reports.titles(YEAR, null));

        assertThat(own.lines()).extracting(EmulationTitles.UnitLine::code).containsExactly(ECONOMY);
        assertThat(own.total().total()).isEqualTo(6);
        assertThatThrownBy(() -> TestActors.runAs(actors.account("canbo"), () -> reports.titles(YEAR, null)))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> TestActors.runAs(actors.account("tochuc"), () -> reports.titles(1999, null)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aChosenUnitNarrowsTheReportToItsSubtree() {
        EmulationTitles general = TestActors.runAs(actors.account("tochuc"),
                () -> reports.titles(YEAR, unit(GENERAL)));

        assertThat(general.lines()).extracting(EmulationTitles.UnitLine::code).containsExactly(GENERAL);
        assertThat(general.total().count(ADVANCED_WORKER)).isEqualTo(1);
    }

    // Điều 22: two consecutive Chiến sĩ thi đua cơ sở; the provincial initiative is missing for one of them.
    // Điều 74 and 75: one HTXS year of two for the Bằng khen tỉnh, one "hoàn thành tốt" year of two for a Giấy khen.
    @Test
    void theChainsShowWhoIsOneYearAwayAndWhatIsStillMissing() {
        EmulationChains chains = TestActors.runAs(actors.account("tochuc"), () -> reports.chains(YEAR, null));

        assertThat(chains.nextYear()).isEqualTo(YEAR + 1);
        EmulationChains.Prospect withInitiative = prospect(chains, "NB014", PROVINCIAL_EMULATION_FIGHTER);
        assertThat(withInitiative.yearsHeld()).isEqualTo(2);
        assertThat(withInitiative.yearsNeeded()).isEqualTo(3);
        assertThat(withInitiative.stillMissing()).isEmpty();
        assertThat(prospect(chains, "NB015", PROVINCIAL_EMULATION_FIGHTER).stillMissing())
                .extracting(reason -> reason.code()).containsExactly(EmulationReasonCode.ACHIEVEMENTS_AT_LEVEL);
        assertThat(prospect(chains, "NB012", PROVINCIAL_MERIT).yearsHeld()).isEqualTo(1);
        assertThat(prospect(chains, "NB012", CERTIFICATE_OF_MERIT).stillMissing()).isEmpty();
        assertThat(chains.prospects()).noneMatch(p -> p.code().equals("NB013"));
    }

    // Reporting reads with a fixed number of statements: a department's three people cost what the office's forty do
    // (the bound counts the annual calendars with their steps, read once for the emulation settings of every unit).
    @Test
    void theChainsCostTheSameStatementsForADepartmentAsForTheWholeOffice() {
        Actor personnel = actors.account("tochuc");
        long economy = unit(ECONOMY);
        int department = statements.count(() -> TestActors.runAs(personnel, () -> reports.chains(YEAR, economy)));
        int office = statements.count(() -> TestActors.runAs(personnel, () -> reports.chains(YEAR, null)));

        assertThat(office).isEqualTo(department).isLessThanOrEqualTo(20);
    }

    // The dashboard's panel counts the titles as the titles report does.
    @Test
    void thePanelsFiguresAreTheTitlesReportsAndTheYearsRegistrationsAndChoices() throws Exception {
        Actor personnel = actors.account("tochuc");
        EmulationPanel panel = TestActors.runAs(personnel, () -> reports.panel(YEAR, null));
        EmulationTitles titles = TestActors.runAs(personnel, () -> reports.titles(YEAR, null));

        assertThat(panel.titlesAwarded()).isEqualTo(titles.total().total());
        for (EmulationPanel.TitleCount count : panel.byTitle()) {
            assertThat(count.awarded()).isEqualTo(titles.total().count(count.title()));
        }
        assertThat(panel.byTitle()).hasSize((int) titles.titles().stream()
                .filter(title -> titles.total().count(title) > 0).count());
        assertThat(panel.individualRegistrations()).isEqualTo(2);
        assertThat(panel.collectiveRegistrations()).isEqualTo(1);
        assertThat(panel.lateRegistrations()).isEqualTo(1);
        assertThat(panel.nominationsChosen()).isEqualTo(1);

        mvc.perform(get("/dashboard").param("quarter", YEAR + "-Q4").with(TestActors.as(personnel)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"emulation-awarded\">7<")))
                .andExpect(content().string(containsString("id=\"emulation-chosen\">1<")));
    }

    @Test
    void theSummaryWorkbookReadsBackAsTheReport() throws Exception {
        Actor personnel = actors.account("tochuc");
        byte[] file = mvc.perform(get("/reports/emulation/summary.xlsx").param("year", String.valueOf(YEAR))
                        .with(TestActors.as(personnel)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        EmulationTitles titles = TestActors.runAs(personnel, () -> reports.titles(YEAR, null));

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(3);
            Row total = rowLabelled(book.getSheetAt(0), "Tổng cộng", 1);
            int column = 2;
            for (EmulationTitle title : titles.titles()) {
                assertThat((long) total.getCell(column++).getNumericCellValue()).as(title.name())
                        .isEqualTo(titles.total().count(title));
            }
            assertThat((long) total.getCell(column).getNumericCellValue()).isEqualTo(7);
            Sheet awardList = book.getSheetAt(1);
            assertThat(rowLabelled(awardList, "Lương Thị Mai", 2).getCell(5).getStringCellValue())
                    .isIn("Lao động tiên tiến", "Chiến sĩ thi đua cơ sở");
            long listed = 0;
            for (Row row : awardList) {
                if (row.getCell(0) != null && row.getCell(0).getCellType() == CellType.NUMERIC) {
                    listed++;
                }
            }
            assertThat(listed).isEqualTo(7);
            Row chain = rowLabelled(book.getSheetAt(2), "Hà Quốc Bảo", 2);
            assertThat(chain.getCell(6).getStringCellValue()).contains("Chưa đủ sáng kiến");
        }
    }

    @Test
    void theApiAnswersTheReportsAndRefusesAWrongYearAsProblemJson() throws Exception {
        Actor personnel = actors.account("tochuc");
        mvc.perform(get("/api/v1/reports/emulation/titles").param("year", String.valueOf(YEAR))
                        .with(TestActors.as(personnel)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.year").value(YEAR));
        mvc.perform(get("/api/v1/reports/emulation/chains").param("year", String.valueOf(YEAR))
                        .with(TestActors.as(personnel)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.nextYear").value(YEAR + 1));
        mvc.perform(get("/api/v1/reports/emulation/panel").param("year", String.valueOf(YEAR))
                        .with(TestActors.as(personnel)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.titlesAwarded").value(7));
        mvc.perform(get("/api/v1/reports/emulation/titles").param("year", "1999").with(TestActors.as(personnel)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/v3/api-docs").with(TestActors.as(actors.account("admin"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/reports/emulation/titles'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/reports/emulation/chains'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/reports/emulation/panel'].get").exists());
        mvc.perform(get("/reports/emulation").param("year", String.valueOf(YEAR)).with(TestActors.as(personnel)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("chain-NB014-PROVINCIAL_EMULATION_FIGHTER")));
    }

    private static Row rowLabelled(Sheet sheet, String label, int column) {
        for (Row row : sheet) {
            if (row.getCell(column) != null && label.equals(row.getCell(column).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("No row " + label + " on " + sheet.getSheetName());
    }

    private static EmulationTitles.UnitLine line(EmulationTitles titles, String code) {
        return titles.lines().stream().filter(line -> code.equals(line.code())).findFirst().orElseThrow();
    }

    private static EmulationChains.Prospect prospect(EmulationChains chains, String code, EmulationTitle title) {
        return chains.prospects().stream().filter(p -> p.code().equals(code) && p.title() == title).findFirst()
                .orElseThrow(() -> new AssertionError(code + " is not one year away from " + title));
    }

    private long unit(String code) {
        return organization.unitByCode(code).orElseThrow().id().value();
    }

    private long cadre(String code) {
        return organization.cadreByCode(code).orElseThrow().id().value();
    }

    private void award(String code, long unit, int year, EmulationTitle title) {
        awards.enter(new AwardEntry(Nominee.person(cadre(code)), unit, year, title, null, "QĐ mẫu/" + year), "test");
    }

    private void achievement(String code, long unit, String level, int year) {
        jdbc.sql("insert into emulation_achievement (holder, subject_id, unit_id, kind, name, recognition_level,"
                        + " recognised_year, recorded_by, recorded_at, version) values ('INDIVIDUAL', :subject, :unit,"
                        + " 'INITIATIVE', 'Sáng kiến số hóa hồ sơ thẩm định', :level, :year, 'test', :at, 0)")
                .param("subject", cadre(code)).param("unit", unit).param("level", level).param("year", year)
                .param("at", OffsetDateTime.now()).update();
    }

    private void yearlyRating(String code, long unit, int year, String level) {
        long cadre = cadre(code);
        jdbc.sql("insert into yearly_rating (subject_kind, track, cadre_id, unit_id, rating_year, live_key, status,"
                        + " heads_unit, cap_exempt, disciplined, decided_level, provisional, version)"
                        + " values ('CADRE', 'STATE', :cadre, :unit, :year, :key, 'LOCKED', false, false, false,"
                        + " :level, false, 0)")
                .param("cadre", cadre).param("unit", unit).param("year", year).param("key", "C" + cadre + ":STATE")
                .param("level", level).update();
    }

    private void registration(EmulationHolder holder, long subject, long unit, boolean late) {
        jdbc.sql("insert into emulation_registration (holder, subject_id, unit_id, emulation_year, target_title,"
                        + " registered_on, late, source, recorded_by, recorded_at, version) values (:holder, :subject,"
                        + " :unit, :year, :title, :on, :late, 'FORM', 'test', :at, 0)")
                .param("holder", holder.name()).param("subject", subject).param("unit", unit).param("year", YEAR)
                .param("title", holder == EmulationHolder.INDIVIDUAL ? "GRASSROOTS_EMULATION_FIGHTER"
                        : "ADVANCED_COLLECTIVE")
                .param("on", java.time.LocalDate.of(YEAR, late ? 3 : 1, 15)).param("late", late)
                .param("at", OffsetDateTime.now()).update();
    }

    private void nomination(long review, long cadre, String outcome) {
        jdbc.sql("insert into emulation_nomination (review_id, holder, subject_id, title, eligible, votes_for,"
                        + " votes_against, outcome, version) values (:review, 'INDIVIDUAL', :cadre,"
                        + " 'GRASSROOTS_EMULATION_FIGHTER', true, :for, :against, :outcome, 0)")
                .param("review", review).param("cadre", cadre).param("for", outcome.equals("CHOSEN") ? 4 : 2)
                .param("against", outcome.equals("CHOSEN") ? 1 : 3).param("outcome", outcome).update();
    }
}

package vn.danhgia.emulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Base64;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.danhgia.annual.YearlyRatingFixture;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.support.Browser;
import vn.danhgia.support.BrowserTest;
import vn.danhgia.support.MutableClock;

/**
 * Issue 14 "How it is checked" in Chromium, one journey through Phòng Kinh tế's emulation year 2047: in January the
 * cadre registers herself, the head registers his deputy and the department (seed 003 §III.1) and leaves himself
 * out; the personnel office records the deputy's initiative; in December the authority decides the yearly levels on
 * the annual board; the head's review meeting (seed 003 §IV) shows who qualifies for what and why, refuses the head
 * for lack of registration, nominates the deputy for Chiến sĩ thi đua cơ sở through the initiative although rated
 * "Hoàn thành tốt nhiệm vụ" (Luật TĐKT 2022 Điều 23), takes the council's votes against each title's threshold and
 * closes; the dossier is sent and its Tờ trình (Word) and Báo cáo thành tích (PDF) read back with the chosen titles.
 */
@BrowserTest
class EmulationYearBrowserTests {

    static final int YEAR = 2047;
    private static final String UNIT_CODE = "VPUB-NB.KT";

    @Autowired
    Browser browser;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    YearlyRatingFixture ratings;
    long unit;
    long phong;
    long mai;
    long bao;

    @BeforeEach
    void setUp() {
        ratings = new YearlyRatingFixture(context);
        clean();
        unit = ratings.unit();
        phong = ratings.cadre("NB013");
        mai = ratings.cadre("NB014");
        bao = ratings.cadre("NB015");
    }

    @AfterEach
    void clean() {
        String ofReviews = " in (select id from emulation_review where review_year = " + YEAR + ")";
        jdbc.update("delete from emulation_award where award_year = ?", YEAR);
        jdbc.update("delete from emulation_decision_item where nomination_id in (select id from emulation_nomination"
                + " where review_id" + ofReviews + ")");
        jdbc.update("delete from emulation_dossier where dossier_year = ?", YEAR);
        jdbc.update("delete from emulation_decision where decision_year = ?", YEAR);
        jdbc.update("delete from emulation_nomination where review_id" + ofReviews);
        jdbc.update("delete from emulation_review where review_year = ?", YEAR);
        jdbc.update("delete from emulation_registration where emulation_year = ?", YEAR);
        jdbc.update("delete from emulation_achievement_file where achievement_id in (select id from"
                + " emulation_achievement where recognised_year = ?)", YEAR);
        jdbc.update("delete from emulation_achievement where recognised_year = ?", YEAR);
        new YearlyRatingFixture(context).clean(YEAR);
    }

    @Test
    void aUnitsEmulationYearFromTheRegistrationsToTheDossier() throws IOException {
        // Seed 003 §III.1: registered "từ đầu năm", before the plan's day (31/01 by default).
        clock.setDate(LocalDate.of(YEAR, 1, 15));
        browser.login("canbo").open("/emulation/registrations?year=" + YEAR);
        register("cadre-" + mai, "GRASSROOTS_EMULATION_FIGHTER");
        assertThat(status("cadre-" + mai)).isEqualTo("ON_TIME");

        browser.login("truongphong").open("/emulation/registrations?year=" + YEAR + "&unit=" + unit);
        // Hà Quốc Bảo aims at Lao động tiên tiến only; the title will follow what he achieves (seed 003 §III.1).
        register("cadre-" + bao, "ADVANCED_WORKER");
        register("unit-" + unit, "ADVANCED_COLLECTIVE");
        assertThat(status("cadre-" + bao)).isEqualTo("ON_TIME");
        assertThat(status("cadre-" + phong)).isEqualTo("MISSING");
        assertThat(browser.text("tr[data-holder='cadre-" + phong + "'] [data-consequence]"))
                .startsWith("Không đủ điều kiện đề nghị danh hiệu thi đua");
        browser.screenshot("emulation-year-01-registrations");

        // His initiative, recognised at grassroots level, recorded by the personnel office.
        browser.login("tochuc").open("/emulation/achievements?unit=" + unit + "&year=" + YEAR);
        browser.selectValue("#holder", "cadre-" + bao).selectValue("#kind", "INITIATIVE")
                .type("#name", "Số hóa quy trình tiếp nhận hồ sơ đầu tư").selectValue("#level", "GRASSROOTS");
        browser.find("#recognised-year").clear();
        browser.type("#recognised-year", String.valueOf(YEAR)).click("#record-achievement button[type='submit']");
        assertThat(browser.text("#achievements")).contains("Số hóa quy trình tiếp nhận hồ sơ đầu tư");

        // The year's rating (seed 003 §I.2, §II): the department first, then its people, by the authority.
        clock.setDate(LocalDate.of(YEAR, 12, 10));
        for (String code : new String[] {"NB013", "NB014", "NB015"}) {
            ratings.quarters(code, YEAR, RatingLevel.GOOD, RatingLevel.GOOD, RatingLevel.GOOD);
            for (int quarter = 1; quarter <= 3; quarter++) {
                ratings.submitted(code, YEAR, quarter, "85", 5, 1, 0);
            }
        }
        browser.login("thamquyen").open("/annual/ratings?unit=" + unit + "&year=" + YEAR).click("#gather");
        assertThat(browser.find("#flash .alert-success").isDisplayed()).isTrue();
        decide("tr[id^='rating-'][data-track='COLLECTIVE']", RatingLevel.GOOD);
        decide(ratingRow(phong), RatingLevel.GOOD);
        decide(ratingRow(mai), RatingLevel.EXCELLENT);
        decide(ratingRow(bao), RatingLevel.GOOD);

        // Seed 003 §IV: the review meeting after the rating.
        clock.setDate(LocalDate.of(YEAR, 12, 12));
        browser.login("truongphong").open("/emulation/reviews?year=" + YEAR)
                .click("#unit-" + cssId(UNIT_CODE) + " form button[type='submit']");
        browser.waitForPath("/emulation/reviews/");
        browser.driver().executeScript("document.querySelector('#heldOn').value = arguments[0]",
                LocalDate.of(YEAR, 12, 12).toString());
        browser.type("#councilMembers", "5").type("#chair", "Trịnh Đình Phong").type("#secretary", "Lương Thị Mai")
                .type("#text", "Hội nghị bình xét thi đua năm " + YEAR + " của Phòng Kinh tế.");
        submit("#minutes button[type='submit']");
        // Điều 23: Hà Quốc Bảo qualifies through his initiative; the head, not registered, for nothing.
        assertThat(browser.findAll("#candidate-INDIVIDUAL-" + bao + " .eligible-title")).extracting(e -> e.getText())
                .contains("Lao động tiên tiến", "Chiến sĩ thi đua cơ sở");
        assertThat(browser.findAll("#candidate-INDIVIDUAL-" + phong + " .eligible-title")).isEmpty();
        browser.screenshot("emulation-year-02-candidates");

        nominate(phong, "ADVANCED_WORKER");
        assertThat(browser.text("#refusal")).contains("đăng ký thi đua");
        browser.screenshot("emulation-year-03-refused-without-registration");
        nominate(bao, "ADVANCED_WORKER");
        nominate(bao, "GRASSROOTS_EMULATION_FIGHTER");
        nominate(mai, "ADVANCED_WORKER");
        nominate(mai, "GRASSROOTS_EMULATION_FIGHTER");
        assertThat(browser.findAll("#nominations-table tbody tr")).hasSize(4);
        // Lao động tiên tiến by a majority; Chiến sĩ thi đua cơ sở needs 70 %: 3 of 5 is not enough, 4 of 5 is.
        vote(1, 4, 1);
        vote(2, 3, 2);
        assertThat(outcome(2)).isEqualTo("Không được chọn");
        vote(2, 4, 1);
        vote(3, 5, 0);
        vote(4, 5, 0);
        for (int row = 1; row <= 4; row++) {
            assertThat(outcome(row)).isEqualTo("Được chọn");
        }
        browser.screenshot("emulation-year-04-votes");
        browser.driver().navigate().refresh();
        submit("#close button[type='submit']");
        assertThat(browser.find("#minutes-read").isDisplayed()).isTrue();

        // Seed 003 §IV: the dossier sent to the personnel office by 15/12, its documents read back.
        browser.open("/emulation/dossiers/" + unit + "?year=" + YEAR).click("#send-form button[type='submit']");
        assertThat(browser.text("#dossier-status")).isEqualTo("Đã gửi phòng tổ chức");
        assertThat(browser.findAll("#dossier-late")).isEmpty();
        browser.screenshot("emulation-year-05-dossier-sent");
        String proposal = docxText(download("/emulation/dossiers/" + unit + "/to-trinh.docx?year=" + YEAR));
        assertThat(proposal).contains("Hà Quốc Bảo", "Lương Thị Mai", "Chiến sĩ thi đua cơ sở", "Lao động tiên tiến");
        // The table's narrow columns wrap the text: read it as words.
        String report = pdfText(download("/emulation/dossiers/" + unit + "/bao-cao-thanh-tich.pdf?year=" + YEAR))
                .replaceAll("\\s+", " ");
        assertThat(report).contains("Hà Quốc Bảo", "Số hóa quy trình tiếp nhận hồ sơ đầu tư");
    }

    private void register(String holder, String title) {
        String row = "tr[data-holder='" + holder + "'] ";
        browser.selectValue(row + ".register-form select[name='targetTitle']", title)
                .click(row + ".register-form button[type='submit']");
    }

    private String status(String holder) {
        return browser.find("tr[data-holder='" + holder + "']").getAttribute("data-status");
    }

    private String ratingRow(long cadre) {
        return "tr[id^='rating-'][data-track='STATE'][data-cadre='" + cadre + "']";
    }

    /** From the board's "Quyết định" link of the row to its form, the level chosen, with a reason, and back. */
    private void decide(String row, RatingLevel level) {
        String board = browser.driver().getCurrentUrl();
        browser.click(row + " a[href$='/decision']");
        browser.waitForPath("/annual/ratings/");
        browser.selectValue("#level", level.name());
        browser.type("#reason", "Kết quả kiểm điểm của Phòng Kinh tế năm " + YEAR + ".");
        browser.click("#decision-form button[type='submit']");
        assertThat(browser.find("#flash .alert-success").isDisplayed()).isTrue();
        browser.open(board.substring(browser.baseUrl().length()));
    }

    private void nominate(long cadre, String title) {
        browser.selectValue("#nominee", "INDIVIDUAL-" + cadre).selectValue("#title", title);
        submit("#nominate button[type='submit']");
    }

    /** The vote of the n-th nomination, through htmx: the nominations are swapped in place. */
    private void vote(int row, int votesFor, int votesAgainst) {
        String nomination = "#nominations-table tbody tr:nth-child(" + row + ")";
        String id = browser.find(nomination).getAttribute("id");
        browser.find("#" + id + " input[name='votesFor']").clear();
        browser.type("#" + id + " input[name='votesFor']", String.valueOf(votesFor));
        browser.find("#" + id + " input[name='votesAgainst']").clear();
        browser.type("#" + id + " input[name='votesAgainst']", String.valueOf(votesAgainst));
        // The version is a hidden field: read straight from the page, as the swap replaces it.
        String before = browser.driver().findElement(By.cssSelector("#" + id + " input[name='version']"))
                .getAttribute("value");
        browser.click("#" + id + " .vote-form button[type='submit']");
        // Read in the page itself: the swap may replace the field between Selenium's finding and reading it.
        browser.waitUntil(driver -> {
            Object now = browser.driver().executeScript(
                    "const field = document.querySelector(arguments[0]); return field ? field.value : null;",
                    "#" + id + " input[name='version']");
            return now != null && !now.equals(before);
        });
    }

    /** A form sent with a full page load: nothing is read before the page it leaves has gone and the next loaded. */
    private void submit(String button) {
        browser.driver().executeScript("window.leftBehind = true");
        browser.click(button);
        browser.waitUntil(driver -> Boolean.TRUE.equals(browser.driver().executeScript(
                "return !window.leftBehind && document.readyState === 'complete'")));
    }

    private String outcome(int row) {
        return browser.text("#nominations-table tbody tr:nth-child(" + row + ") .outcome");
    }

    private static String cssId(String code) {
        return code.replace(".", "\\.");
    }

    /** The file at the address, fetched by the signed-in browser and handed over as bytes. */
    private byte[] download(String path) {
        Object base64 = browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.arrayBuffer()).then(b => {
                    let text = '';
                    new Uint8Array(b).forEach(c => text += String.fromCharCode(c));
                    done(btoa(text));
                });""", path);
        return Base64.getDecoder().decode(String.valueOf(base64));
    }

    private static String docxText(byte[] bytes) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }

    private static String pdfText(byte[] bytes) throws IOException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(document);
        }
    }
}

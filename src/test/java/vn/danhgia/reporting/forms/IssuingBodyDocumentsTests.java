package vn.danhgia.reporting.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.danhgia.support.TestActors.as;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.danhgia.organization.AccessScopes;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.platform.Actor;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.SubmittedSelfAssessments;
import vn.danhgia.support.TestActors;

/**
 * Issue 12 §"Official documents filled for the body that issues them", read back from the demo organisation: Mẫu 03,
 * 04 and 06 name their issuing body, print the header that matches it (the state's with its motto for Văn phòng UBND
 * tỉnh and its departments, the party's for its Đảng ủy), a number in the body's register where the body issues the
 * document, and the head who signs in place of the template's list of alternatives. Quarters of 2062–2063 only.
 */
@DemoDataTest
class IssuingBodyDocumentsTests {

    static final Quarter SELF_ASSESSED = new Quarter(2062, 1);
    static final int SUMMARY_YEAR = 2063;
    static final String STATE_HEADER = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    static final String PARTY_HEADER = "ĐẢNG CỘNG SẢN VIỆT NAM";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OrganizationQueries organization;

    @Autowired
    AccessScopes access;

    @Autowired
    TestActors actors;

    @Autowired
    MutableClock clock;

    @AfterEach
    void clean() {
        String ofTheQuarter = "select id from self_assessment where period_year = " + SELF_ASSESSED.year();
        jdbc.update("delete from appraisal_task where appraisal_id in (select id from appraisal where "
                + "self_assessment_id in (" + ofTheQuarter + "))");
        jdbc.update("delete from appraisal where self_assessment_id in (" + ofTheQuarter + ")");
        jdbc.update("delete from self_assessment_task where assessment_id in (" + ofTheQuarter + ")");
        jdbc.update("delete from self_assessment_axis where assessment_id in (" + ofTheQuarter + ")");
        jdbc.update("delete from self_assessment where period_year = ?", SELF_ASSESSED.year());
        jdbc.update("delete from quarter_rating where period_year = ?", SUMMARY_YEAR);
    }

    /**
     * NB014 Lương Thị Mai, Phó Trưởng phòng Kinh tế: her Mẫu 03 comes from Phòng Kinh tế, a state body under Văn phòng
     * UBND tỉnh, and carries no number (she signs it herself). Part III is confirmed by the authority that evaluates
     * her, "Chi bộ, các Phòng, ban, trung tâm" (seed 000 §III.1.2), signed for Chi bộ Phòng Kinh tế by its Bí thư,
     * NB013 Trịnh Đình Phong.
     */
    @Test
    void mau03ComesFromPhongKinhTeAndIsConfirmedForTheChiBoByItsSecretary() throws Exception {
        long assessment = appraisedSelfAssessmentOfLuongThiMai();

        String pdf = pdfText(download("/assessment/self-assessments/" + assessment + "/mau-03.pdf",
                actors.account("tochuc")));
        // The body above may wrap in the narrower left column; the Word check below reads it whole.
        assertThat(pdf).contains("PHÒNG KINH TẾ", STATE_HEADER, MOTTO,
                        "XÁC NHẬN CỦA CHI BỘ PHÒNG KINH TẾ, PHÒNG KINH TẾ", "T/M CHI BỘ", "BÍ THƯ",
                        "Trịnh Đình Phong", "CÁ NHÂN TỰ ĐÁNH GIÁ", "Lương Thị Mai")
                .doesNotContain(PARTY_HEADER, "Số:", "HOẶC CẤP ỦY/BTV CẤP ỦY", "CƠ QUAN, ĐƠN VỊ");

        try (XWPFDocument word = word("/assessment/self-assessments/" + assessment + "/mau-03.docx",
                actors.account("tochuc"))) {
            XWPFTable header = word.getTables().get(0);
            assertThat(header.getRow(0).getCell(0).getText()).contains("VĂN PHÒNG UBND TỈNH NINH BÌNH",
                    "PHÒNG KINH TẾ").doesNotContain("*", "Số");
            assertThat(header.getRow(0).getCell(1).getText()).contains(STATE_HEADER, MOTTO)
                    .doesNotContain(PARTY_HEADER);
            String confirmation = lastTable(word);
            assertThat(confirmation).contains("XÁC NHẬN CỦA CHI BỘ PHÒNG KINH TẾ, PHÒNG KINH TẾ", "T/M CHI BỘ",
                    "BÍ THƯ", "Trịnh Đình Phong").doesNotContain("HOẶC CẤP ỦY/BTV CẤP ỦY", "{{");
        }
    }

    /**
     * Mẫu 04 of Văn phòng UBND tỉnh Ninh Bình is a report of a state body: under Ủy ban nhân dân tỉnh, numbered
     * "Số: …/BC-" in its register, signed by the Chánh Văn phòng, NB001 Đinh Quang Thắng.
     */
    @Test
    void mau04OfTheOfficeIsAStateReportSignedByTheChanhVanPhong() throws Exception {
        clock.setDate(LocalDate.of(SUMMARY_YEAR, 3, 25));
        String address = "/reports/quarterly/mau-04.%s?year=" + SUMMARY_YEAR + "&quarter=1&unit=" + unit("VPUB-NB");

        try (XWPFDocument word = word(address.formatted("docx"), actors.account("tochuc"))) {
            XWPFTable header = word.getTables().get(0);
            assertThat(header.getRow(0).getCell(0).getText()).contains("ỦY BAN NHÂN DÂN TỈNH NINH BÌNH",
                    "VĂN PHÒNG UBND TỈNH NINH BÌNH", "Số:", "/BC-VPUB-NB").doesNotContain("*");
            assertThat(header.getRow(0).getCell(1).getText()).contains(STATE_HEADER, MOTTO, "Mẫu số 04",
                    "Ninh Bình, ngày 25 tháng 3 năm 2063").doesNotContain(PARTY_HEADER);
            assertThat(lastTable(word)).contains("CHÁNH VĂN PHÒNG", "Đinh Quang Thắng")
                    .doesNotContain("T/M", "HOẶC TẬP THỂ LÃNH ĐẠO CẤP TỈNH");
        }
        String pdf = pdfText(download(address.formatted("pdf"), actors.account("tochuc")));
        assertThat(pdf).contains("ỦY BAN NHÂN DÂN TỈNH NINH BÌNH", "VĂN PHÒNG UBND TỈNH NINH BÌNH", STATE_HEADER,
                        MOTTO, "Số: /BC-VPUB-NB", "CHÁNH VĂN PHÒNG", "Đinh Quang Thắng")
                .doesNotContain(PARTY_HEADER, "HOẶC TẬP THỂ LÃNH ĐẠO CẤP TỈNH");
    }

    /**
     * The same report from Đảng ủy Văn phòng UBND tỉnh is a party document (Hướng dẫn 36-HD/VPTW): the party's header,
     * the mark under the body, "Số …-BC/ĐU", and "T/M ĐẢNG ỦY / BÍ THƯ" over the name of the Bí thư, as seed 000
     * closes with "T/M BAN THƯỜNG VỤ / BÍ THƯ".
     */
    @Test
    void mau04OfTheDangUyIsAPartyReportSignedForTheCommitteeByItsSecretary() throws Exception {
        clock.setDate(LocalDate.of(SUMMARY_YEAR, 3, 25));
        String pdf = pdfText(download("/reports/quarterly/mau-04.pdf?year=" + SUMMARY_YEAR + "&quarter=1&unit="
                + unit("DU-VPUB-NB"), actors.account("tochuc")));

        assertThat(pdf).contains("ĐẢNG ỦY UBND TỈNH NINH BÌNH", "ĐẢNG ỦY VĂN PHÒNG UBND TỈNH", PARTY_HEADER, "*",
                        "Số -BC/ĐU", "T/M ĐẢNG ỦY", "BÍ THƯ", "Đinh Quang Thắng")
                .doesNotContain(STATE_HEADER, MOTTO, "BÍ THƯ ĐẢNG ỦY");
    }

    /** Mẫu 06 of Phòng Kinh tế is signed by its Trưởng phòng, NB013 Trịnh Đình Phong, not "LÃNH ĐẠO PHÒNG, BAN". */
    @Test
    void mau06OfPhongKinhTeIsSignedByItsTruongPhong() throws Exception {
        clock.setDate(LocalDate.of(SUMMARY_YEAR, 3, 25));
        jdbc.update("""
                insert into quarter_rating (cadre_id, live_cadre_id, unit_id, period_year, period_quarter, status,
                    self_proposed_level, head_proposed_level, decided_level, discrepancy, version)
                values ((select id from org_cadre where code = 'NB014'), (select id from org_cadre where code = 'NB014'),
                        (select id from org_unit where code = 'VPUB-NB.KT'), ?, 1, 'PROPOSED', 'GOOD', 'GOOD', null,
                        false, 0)""", SUMMARY_YEAR);
        String address = "/reports/quarterly/mau-06.%s?year=" + SUMMARY_YEAR + "&quarter=1&unit="
                + unit("VPUB-NB.KT");

        String pdf = pdfText(download(address.formatted("pdf"), actors.account("truongphong")));
        assertThat(pdf).contains("VĂN PHÒNG UBND TỈNH NINH BÌNH", "PHÒNG KINH TẾ", STATE_HEADER, MOTTO,
                        "Số: /BC-VPUB-NB.KT", "TRƯỞNG PHÒNG", "Trịnh Đình Phong", "Lương Thị Mai")
                .doesNotContain(PARTY_HEADER, "LÃNH ĐẠO PHÒNG, BAN VÀ TƯƠNG ĐƯƠNG");
        try (XWPFDocument word = word(address.formatted("docx"), actors.account("truongphong"))) {
            XWPFTable header = word.getTables().get(0);
            assertThat(header.getRow(0).getCell(0).getText()).contains("PHÒNG KINH TẾ", "/BC-VPUB-NB.KT");
            assertThat(header.getRow(0).getCell(1).getText()).contains(STATE_HEADER, MOTTO, "Mẫu số 06");
            assertThat(lastTable(word)).contains("TRƯỞNG PHÒNG", "Trịnh Đình Phong");
        }
    }

    long appraisedSelfAssessmentOfLuongThiMai() {
        new SubmittedSelfAssessments(jdbc, organization, access).appraised("NB014", SELF_ASSESSED, 1, true, "GOOD");
        return jdbc.queryForObject("select id from self_assessment where period_year = ? and cadre_id = "
                + "(select id from org_cadre where code = 'NB014')", Long.class, SELF_ASSESSED.year());
    }

    long unit(String code) {
        return organization.unitByCode(code).orElseThrow().id().value();
    }

    byte[] download(String address, Actor actor) throws Exception {
        return mvc.perform(get(address).with(as(actor))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
    }

    XWPFDocument word(String address, Actor actor) throws Exception {
        byte[] docx = download(address, actor);
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }

    static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return FormReading.pdfText(document);
        }
    }

    static String lastTable(XWPFDocument document) {
        List<XWPFTable> tables = document.getTables();
        return tables.get(tables.size() - 1).getText();
    }
}

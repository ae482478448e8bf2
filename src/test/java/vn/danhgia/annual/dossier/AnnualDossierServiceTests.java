package vn.danhgia.annual.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.platform.RecordNotFoundException;
import vn.danhgia.platform.RuleRefusedException;
import vn.danhgia.rules.annual.AnnualDossierChecklist;
import vn.danhgia.rules.annual.AnnualDossierItem.Holder;
import vn.danhgia.rules.annual.AnnualDossierItem;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.TestActors;

/**
 * The 2099 year-end dossiers of Phòng Kinh tế, Văn phòng UBND tỉnh Ninh Bình (seed 003 §2.1 a "Hồ sơ gồm"): Lê Văn
 * Hùng (tochuc, Phòng Hành chính – Tổ chức, serving the office) keeps them; Lương Thị Mai (canbo, NB014) fills her own.
 */
@DemoDataTest
class AnnualDossierServiceTests {

    static final int YEAR = 2099;

    @Autowired
    AnnualDossierService dossiers;
    @Autowired
    OrganizationQueries organization;
    @Autowired
    TestActors actors;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;

    Actor hung;
    Actor mai;
    SubjectRef maiDossier;
    long kinhTe;

    @BeforeEach
    void setUp() {
        clean();
        clock.setDate(LocalDate.of(YEAR, 12, 1));
        hung = actors.account("tochuc");
        mai = actors.account("canbo");
        maiDossier = SubjectRef.cadre(organization.cadreByCode("NB014").orElseThrow().id().value());
        kinhTe = organization.unitByCode("VPUB-NB.KT").orElseThrow().id().value();
    }

    @AfterEach
    void clean() {
        jdbc.update("delete from annual_dossier_entry where dossier_id in"
                + " (select id from annual_dossier where period_year = ?)", YEAR);
        jdbc.update("delete from annual_dossier where period_year = ?", YEAR);
        jdbc.update("delete from annual_dossier_package where period_year = ?", YEAR);
    }

    static byte[] pdf(String text) {
        return ("%PDF-1.7\n" + text + "\n%%EOF").getBytes(StandardCharsets.UTF_8);
    }

    ItemView upload(Actor actor, SubjectRef subject, AnnualDossierItem item, String name) {
        return TestActors.runAs(actor, () -> dossiers.upload(subject, YEAR, item, name,
                new ByteArrayInputStream(pdf(subject.key() + " " + item))));
    }

    @Test
    void anUploadIsRecordedWithItsChecksumAndCountsTowardsTheDossier() {
        ItemView item = upload(mai, maiDossier, AnnualDossierItem.SELF_REVIEW, "C:\\Hồ sơ\\Bản kiểm điểm 2099.pdf");

        assertThat(item.originalName()).isEqualTo("Bản kiểm điểm 2099.pdf");
        assertThat(item.sha256()).isEqualTo(AnnualDossierService.sha256Hex(
                pdf(maiDossier.key() + " " + AnnualDossierItem.SELF_REVIEW)));
        assertThat(item.recordedBy()).isEqualTo("canbo");
        SubjectDossierView dossier = TestActors.runAs(hung, () -> dossiers.dossier(maiDossier, YEAR));
        assertThat(dossier.done()).isEqualTo(1);
        assertThat(dossier.items()).hasSize(14);
        assertThat(dossier.missing()).doesNotContain(AnnualDossierItem.SELF_REVIEW).contains(AnnualDossierItem.PROPOSAL);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'ANNUAL_DOSSIER_ITEM_UPLOADED'"
                + " and subject_cadre_id = ?", Long.class, maiDossier.id())).isPositive();
        // The file comes back as stored.
        DossierFile file = TestActors.runAs(hung, () -> dossiers.entryFile(item.entryId()));
        assertThat(file.bytes()).isEqualTo(pdf(maiDossier.key() + " " + AnnualDossierItem.SELF_REVIEW));
    }

    @Test
    void aFileOfAnotherTypeThanItsNameIsRefusedBesideTheFileField() {
        assertThatThrownBy(() -> TestActors.runAs(mai, () -> dossiers.upload(maiDossier, YEAR,
                AnnualDossierItem.ASSET_DECLARATION, "kê khai.pdf", new ByteArrayInputStream("not a pdf".getBytes()))))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.violations())
                        .extracting(v -> v.field() + " " + v.messageKey())
                        .containsExactly("file annual.dossier.file.contentMismatch"));
    }

    @Test
    void aMandatoryItemCannotBeMarkedNotApplicable() {
        // Seed 003 §2.1 a (3) "Bản kê khai tài sản" carries no "nếu có".
        assertThatThrownBy(() -> TestActors.runAs(hung, () -> dossiers.markNotApplicable(maiDossier, YEAR,
                AnnualDossierItem.ASSET_DECLARATION, "Không có")))
                .isInstanceOfSatisfying(RuleRefusedException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("annual.dossier.refused.mandatory"));
        // (8) "Văn bản gợi ý kiểm điểm (nếu có)": none was given this year.
        ItemView suggestions = TestActors.runAs(hung, () -> dossiers.markNotApplicable(maiDossier, YEAR,
                AnnualDossierItem.REVIEW_SUGGESTIONS, "Cấp có thẩm quyền không có gợi ý kiểm điểm"));
        assertThat(suggestions.missing()).isFalse();
        assertThat(suggestions.reason()).isEqualTo("Cấp có thẩm quyền không có gợi ý kiểm điểm");
        assertThatThrownBy(() -> TestActors.runAs(hung, () -> dossiers.markNotApplicable(maiDossier, YEAR,
                AnnualDossierItem.OTHER_DOCUMENTS, "  ")))
                .isInstanceOf(InvalidInputException.class);
        // An item of the collective's list is not one of a person's.
        assertThatThrownBy(() -> TestActors.runAs(hung, () -> dossiers.markNotApplicable(maiDossier, YEAR,
                AnnualDossierItem.COLLECTIVE_REVIEW_SUGGESTIONS, "Không có")))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aPersonSeesTheirOwnDossierButNotAColleaguesNorTheUnits() {
        SubjectRef bao = SubjectRef.cadre(organization.cadreByCode("NB015").orElseThrow().id().value());

        assertThat(TestActors.runAs(mai, () -> dossiers.dossier(maiDossier, YEAR)).name()).isEqualTo("Lương Thị Mai");
        assertThatThrownBy(() -> TestActors.runAs(mai, () -> dossiers.dossier(bao, YEAR)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> TestActors.runAs(mai, () -> dossiers.unitDossiers(kinhTe, YEAR)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> TestActors.runAs(mai, () -> dossiers.send(kinhTe, YEAR)))
                .isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void thePackageIsRefusedWhileIncompleteThenSentWithAManifestWhoseChecksumsHold() throws IOException {
        upload(mai, maiDossier, AnnualDossierItem.SELF_REVIEW, "Bản kiểm điểm.pdf");

        assertThatThrownBy(() -> TestActors.runAs(hung, () -> dossiers.send(kinhTe, YEAR)))
                .isInstanceOfSatisfying(RuleRefusedException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("annual.dossier.package.incomplete");
                    // Her self-review is there; the proposal (1) and the asset declaration (3) are not.
                    assertThat(refused.arguments().get(0).toString()).contains("Lương Thị Mai: (1) Văn bản đề nghị "
                            + "đánh giá, xếp loại của cơ quan, đơn vị, (3) Bản kê khai tài sản");
                });
        assertThat(jdbc.queryForObject("select count(*) from annual_dossier_package where period_year = ?",
                Long.class, YEAR)).isZero();

        UnitDossiersView unit = TestActors.runAs(hung, () -> dossiers.unitDossiers(kinhTe, YEAR));
        assertThat(unit.dossiers()).hasSizeGreaterThan(1);
        int uploads = 0;
        int notApplicable = 0;
        for (SubjectDossierView dossier : unit.dossiers()) {
            for (AnnualDossierItem item : dossier.missing()) {
                if (AnnualDossierChecklist.notApplicableRefusal(item, false).isEmpty()) {
                    TestActors.runAs(hung, () -> dossiers.markNotApplicable(dossier.subject(), YEAR, item,
                            "Không có trong năm"));
                    notApplicable++;
                } else {
                    upload(hung, dossier.subject(), item, "%02d.pdf".formatted(item.number()));
                    uploads++;
                }
            }
        }
        UnitDossiersView complete = TestActors.runAs(hung, () -> dossiers.unitDossiers(kinhTe, YEAR));
        assertThat(complete.complete()).isTrue();

        PackageView sent = TestActors.runAs(hung, () -> dossiers.send(kinhTe, YEAR));

        assertThat(sent.dossierCount()).isEqualTo(unit.dossiers().size());
        assertThat(sent.addressee()).isEqualTo("Sở Nội vụ");
        DossierFile file = TestActors.runAs(hung, () -> dossiers.packageFile(sent.id()));
        assertThat(AnnualDossierService.sha256Hex(file.bytes())).isEqualTo(sent.sha256());
        Map<String, byte[]> entries = unzip(file.bytes());
        String manifest = new String(entries.get("manifest.csv"), StandardCharsets.UTF_8);
        List<String> lines = manifest.lines().toList();
        assertThat(lines).hasSize(1 + unit.dossiers().size() * 14);
        assertThat(manifest).contains("\"Lương Thị Mai\",\"2\",\"Bản kiểm điểm cá nhân kèm khung tiêu chí đánh giá\"")
                .contains("\"Không có trong năm\"");
        List<String> sums = new String(entries.get("SHA256SUMS"), StandardCharsets.UTF_8).lines().toList();
        assertThat(sums).hasSize(uploads + 1 + 1);
        for (String sum : sums) {
            String[] parts = sum.split(" {2}", 2);
            assertThat(entries).as(parts[1]).containsKey(parts[1]);
            assertThat(AnnualDossierService.sha256Hex(entries.get(parts[1]))).as(parts[1]).isEqualTo(parts[0]);
        }
        assertThat(notApplicable).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'ANNUAL_DOSSIER_SENT'"
                + " and record_id = ?", Long.class, sent.id())).isEqualTo(1);
        assertThat(TestActors.runAs(hung, () -> dossiers.unitDossiers(kinhTe, YEAR)).sent()).isTrue();
    }

    @Test
    void aCollectiveKeepsItsFourItems() {
        long leadership = organization.unitByCode("VPUB-NB.LD").orElseThrow().id().value();
        SubjectDossierView collective = TestActors.runAs(hung,
                () -> dossiers.dossier(SubjectRef.unit(leadership), YEAR));
        assertThat(collective.items()).extracting(ItemView::item)
                .containsExactlyElementsOf(AnnualDossierChecklist.items(Holder.COLLECTIVE));
        assertThat(TestActors.runAs(hung, () -> dossiers.unitDossiers(leadership, YEAR)).dossiers())
                .extracting(SubjectDossierView::key).contains("unit-" + leadership);
    }

    @Test
    void thePagesShowTheChecklistAndTheProgressBoardMarksAMissedDossierStep() throws Exception {
        upload(mai, maiDossier, AnnualDossierItem.SELF_REVIEW, "Bản kiểm điểm.pdf");
        mvc.perform(get("/annual/dossiers/" + maiDossier.key()).param("year", "2099")
                        .with(TestActors.as(mai)).header("Accept-Language", "vi"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Bản kiểm điểm.pdf")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Bản kê khai tài sản")));
        mvc.perform(get("/annual/dossiers").param("unit", String.valueOf(kinhTe)).param("year", "2099")
                        .with(TestActors.as(hung)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Lương Thị Mai")));

        // Seed 003 §2.3: the dossiers go to Sở Nội vụ "trong ngày 15/12"; on the 16th nothing has been sent.
        clock.setDate(LocalDate.of(YEAR, 12, 16));
        String board = mvc.perform(get("/annual/progress").param("unit", String.valueOf(kinhTe))
                        .param("year", "2099").with(TestActors.as(hung)).header("Accept-Language", "vi"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(board).contains("15/12/2099").contains("Quy định số 366-QĐ/TW");
        assertThat(row(board, "DOSSIERS_UPWARD")).contains("table-danger");
        assertThat(row(board, "SELF_REVIEW")).contains("table-danger");
        // The department held no review meeting before 15/12; the key cadres' conference is not held in a department,
        // so it is shown by its date.
        assertThat(row(board, "REVIEW_MEETINGS")).contains("table-danger");
        assertThat(row(board, "KEY_CADRES_CONFERENCE")).doesNotContain("table-danger");
    }

    @Test
    void theApiAnswersARefusalAsProblemJson() throws Exception {
        mvc.perform(post("/api/v1/annual/dossiers/" + maiDossier.key() + "/items/MINUTES/not-applicable")
                        .param("year", "2099").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"Không họp\"}").with(TestActors.as(hung))
                        .header("Accept-Language", "vi"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(multipart("/api/v1/annual/dossiers/" + maiDossier.key() + "/items/MINUTES")
                        .file(new MockMultipartFile("file", "Biên bản.pdf", "application/pdf", pdf("biên bản")))
                        .param("year", "2099").with(TestActors.as(hung)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.originalName").value("Biên bản.pdf"));
        mvc.perform(get("/api/v1/annual/dossiers").param("unit", String.valueOf(kinhTe)).param("year", "2099")
                        .with(TestActors.as(hung)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dossiers[?(@.name == 'Lương Thị Mai')].missing[0]").value("PROPOSAL"));
        mvc.perform(post("/api/v1/annual/dossiers/packages").param("unit", String.valueOf(kinhTe))
                        .param("year", "2099").with(TestActors.as(hung)))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void theSelfReviewIsOnTheToDoListFromAMonthBeforeItsDayUntilItIsUploaded() throws Exception {
        // Seed 003 §2.1 a: "xong trước ngày 13/12" — due 12/12; on 1/11 it is not yet listed.
        clock.setDate(LocalDate.of(YEAR, 11, 1));
        mvc.perform(get("/api/v1/todo").with(TestActors.as(mai)))
                .andExpect(jsonPath("$[?(@.messageKey == 'annual.todo.self-review')]").isEmpty());
        clock.setDate(LocalDate.of(YEAR, 11, 20));
        mvc.perform(get("/api/v1/todo").with(TestActors.as(mai)))
                .andExpect(jsonPath("$[?(@.messageKey == 'annual.todo.self-review')].deadline").value("2099-12-12"))
                .andExpect(jsonPath("$[?(@.messageKey == 'annual.todo.self-review')].quarter").value(0));
        // The personnel officer has the unit's package to send, due by the departments' day (§2.2 c: 13/12).
        clock.setDate(LocalDate.of(YEAR, 12, 1));
        mvc.perform(get("/api/v1/todo").with(TestActors.as(hung)))
                .andExpect(jsonPath("$[?(@.messageKey == 'annual.todo.send-dossiers' && @.subject == 'Phòng Kinh tế')]"
                        + ".deadline").value("2099-12-13"));

        upload(mai, maiDossier, AnnualDossierItem.SELF_REVIEW, "Bản kiểm điểm.pdf");
        mvc.perform(get("/api/v1/todo").with(TestActors.as(mai)))
                .andExpect(jsonPath("$[?(@.messageKey == 'annual.todo.self-review')]").isEmpty());
    }

    static String row(String page, String step) {
        java.util.regex.Matcher row = java.util.regex.Pattern.compile("<tr[^>]*data-step=\"" + step + "\"[^>]*>")
                .matcher(page);
        assertThat(row.find()).as("row of " + step).isTrue();
        return row.group();
    }

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}

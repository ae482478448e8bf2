package vn.danhgia.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danhgia.imports.ImportFiles.row;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.organization.ScopeView;
import vn.danhgia.support.DemoDataTest;

/**
 * Each kind's own problems, found by the importer or by the owning service's rules in the dry run, at their row and
 * column; the database is compared whole after each file, which writes nothing.
 */
@DemoDataTest
class KindProblemsTests extends ImportTestSupport {

    @Autowired
    OrganizationQueries organization;

    @Test
    void unitsWithAParentBelowThemADuplicateCodeAChangedStoredUnitAndAnUnknownKindWriteNothing() {
        Map<String, List<Map<String, Object>>> before = ImportedData.snapshot(jdbc);

        ImportReport report = preview("admin", ImportKind.UNITS, List.of(
                row("IMP.TGV", "Tổ giúp việc Ban Chỉ đạo", "Phòng, ban", "IMP.TTK"),
                row("IMP.TTK", "Tổ thư ký", "Phòng, ban", "VPUB-NB"),
                row("IMP.TTK", "Tổ thư ký Hội đồng", "Phòng, ban", "VPUB-NB"),
                row("VPUB-NB.KT", "Phòng Kinh tế – Ngân sách", "Phòng, ban", "VPUB-NB"),
                row("IMP.SO", "Sở Khoa học và Công nghệ", "Sở", "UBND-NB")));

        assertThat(places(report)).containsExactly("D2", "A4", "B5", "C6");
        assertThat(report.problems().get(2).arguments()).containsExactly("VPUB-NB.KT", "Phòng Kinh tế");
        assertThat(ImportedData.snapshot(jdbc)).isEqualTo(before);
    }

    /**
     * Issue 11 §4: a control character in a cell is a problem at its cell, never a 500 (PostgreSQL refuses a NUL) or a
     * stored value. POI will not write a NUL into a test file, so DEL and a C1 control stand for it.
     */
    @Test
    void aControlCharacterInACellIsAProblemAtThatCellAndWritesNothing() {
        Map<String, List<Map<String, Object>>> before = ImportedData.snapshot(jdbc);

        ImportReport report = preview("admin", ImportKind.UNITS, List.of(
                row("IMP.DEL", "Tổ\u007F công tác", "Phòng, ban", "VPUB-NB"),
                row("IMP.C1", "Tổ kiểm tra", "Phòng, ban\u0085", "VPUB-NB")));

        assertThat(places(report)).containsExactly("B2", "C3");
        assertThat(report.problems().get(0).messageKey()).isEqualTo("imports.cell.control-character");
        assertThat(report.problems().get(0).arguments()).containsExactly("U+007F");
        assertThat(ImportedData.snapshot(jdbc)).isEqualTo(before);
    }

    @Test
    void positionsWithAnUnknownUnitRankOrLeaderWordWriteNothing() {
        Map<String, List<Map<String, Object>>> before = ImportedData.snapshot(jdbc);

        ImportReport report = preview("admin", ImportKind.POSITIONS, List.of(
                row("IMP.P1", "Trưởng ban", "Cấp trưởng", "Chức vụ chính quyền", "IMP.KHONG-CO", "Có"),
                row("IMP.P2", "Phó Trưởng ban", "Trưởng", "Chức vụ chính quyền", "VPUB-NB", "Có"),
                row("IMP.P3", "Chuyên viên", "Thành viên", "Chức vụ chính quyền", "VPUB-NB", "Có thể")));

        assertThat(places(report)).containsExactly("E2", "C3", "F4");
        assertThat(ImportedData.snapshot(jdbc)).isEqualTo(before);
    }

    /** Seed 002 §2.2: a stored scope keeps its basis; the import does not silently replace it. */
    @Test
    void scopesWithAChangedBasisAnUnknownAuthorityAndAWrongDayWriteNothing() {
        var deputy = organization.positionByCode("VPUB-NB.KT.PHO").orElseThrow();
        ScopeView stored = organization.scopesOf(deputy.id()).get(0);
        String authority = organization.unit(stored.authority()).orElseThrow().code();
        String role = stored.role() == vn.danhgia.organization.ScopeRole.DECIDES
                ? "Quyết định, phê duyệt mức xếp loại" : "Nhận xét, đánh giá, đề xuất mức xếp loại";
        String from = stored.validFrom().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        Map<String, List<Map<String, Object>>> before = ImportedData.snapshot(jdbc);

        ImportReport report = preview("admin", ImportKind.SCOPES, List.of(
                row("VPUB-NB.KT.PHO", role, authority, from, "Quyết định của Chánh Văn phòng"),
                row("VPUB-NB.KT.PHO", role, "IMP.KHONG-CO", from, "Quyết định của Chánh Văn phòng"),
                row("VPUB-NB.TH.PHO", role, authority, "2026-13-01", "Quyết định của Chánh Văn phòng")));

        assertThat(places(report)).containsExactly("E2", "C3", "D4");
        assertThat(report.problems().get(0).arguments()).containsExactly(
                "VPUB-NB.KT.PHO – " + role + " – " + authority + " – " + from, stored.basis());
        assertThat(ImportedData.snapshot(jdbc)).isEqualTo(before);
    }

    /** The account rules are the platform's: its refusals of a username and an e-mail come back at their cells. */
    @Test
    void accountsRefusedByTheAccountRulesOrWithUnknownRolesOrCadresWriteNothing() {
        Map<String, List<Map<String, Object>>> before = ImportedData.snapshot(jdbc);

        ImportReport report = preview("admin", ImportKind.USERS, List.of(
                row("Nhung NTN", "Nguyễn Thị Hồng Nhung", null, null, "Cán bộ"),
                row("imp.khanh", "Trần Quốc Khánh", null, null, "Cán bộ; Giám đốc"),
                row("imp.lan", "Vũ Thị Lan", "IMP999", null, "Cán bộ"),
                row("imp.ha", "Phạm Thị Thu Hà", null, "ha@", "Cán bộ"),
                row("imp.duc", "Lê Minh Đức", "NB014", null, "Cán bộ")));

        assertThat(places(report)).containsExactlyInAnyOrder("A2", "E3", "C4", "D5", "C6");
        assertThat(report.problems()).extracting(ImportProblem::messageKey).contains(
                "platform.users.username.invalid", "platform.users.email.invalid", "platform.users.cadre.taken");
        assertThat(ImportedData.snapshot(jdbc)).isEqualTo(before);
    }

    /** A head position has one holder at a time: the organisation service refuses it in the dry run already. */
    @Test
    void aSecondHeadOfTheOfficeIsRefusedByTheOrganisationServiceInTheDryRun() {
        Map<String, List<Map<String, Object>>> before = ImportedData.snapshot(jdbc);

        ImportReport report = preview("admin", ImportKind.CADRES, List.of(
                row("IMP301", "Đinh Văn Lực", "05/05/1975", "Có", "Công chức", "VPUB-NB.TRUONG", "01/07/2026",
                        "Điều động")));

        assertThat(places(report)).containsExactly("F2");
        assertThat(report.problems().get(0).messageKey()).isEqualTo("organization.refusal.head-already-held");
        assertThat(report.problems().get(0).arguments()).contains("01/07/2026");
        assertThat(ImportedData.snapshot(jdbc)).isEqualTo(before);
    }
}

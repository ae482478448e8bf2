package vn.danhgia.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.danhgia.imports.ImportFiles.row;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.danhgia.platform.AccessRefusedException;
import vn.danhgia.platform.RecordNotFoundException;
import vn.danhgia.platform.RuleRefusedException;
import vn.danhgia.support.DemoDataTest;

/**
 * Who may import what follows the owning modules: the administrator the organisation and the accounts; the personnel
 * office (tochuc, Phòng Hành chính – Tổ chức, serving Văn phòng UBND tỉnh and its Đảng ủy) cadres posted in the units
 * it serves and the catalogues it may draft. Every refusal leaves the database as it was.
 */
@DemoDataTest
class ImportAccessTests extends ImportTestSupport {

    private static final List<List<String>> UNIT = List.of(
            row("IMP.TKV", "Tổ kiểm tra văn bản", "Phòng, ban", "VPUB-NB"));

    @Test
    void eachRoleIsOfferedTheKindsItsModulesLetItChange() {
        assertThat(as("admin", imports::kinds)).containsExactly(ImportKind.UNITS, ImportKind.POSITIONS,
                ImportKind.CADRES, ImportKind.SCOPES, ImportKind.USERS, ImportKind.EMULATION_REGISTRATIONS,
                ImportKind.EMULATION_TITLES, ImportKind.ACHIEVEMENTS);
        assertThat(as("tochuc", imports::kinds)).containsExactly(ImportKind.CADRES, ImportKind.CATALOG,
                ImportKind.EMULATION_REGISTRATIONS, ImportKind.EMULATION_TITLES, ImportKind.ACHIEVEMENTS);
        assertThat(as("truongphong", imports::kinds)).isEmpty();
        assertThat(as("thamquyen", imports::kinds)).isEmpty();
        assertThat(as("canbo", imports::kinds)).isEmpty();
    }

    @Test
    void aKindOutsideThePersonsRolesIsRefusedAndWritesNothing() {
        byte[] units = file("admin", ImportKind.UNITS, UNIT);
        Map<String, List<Map<String, Object>>> before = ImportedData.snapshot(jdbc);

        for (String stranger : List.of("canbo", "tochuc", "truongphong", "thamquyen", "hoidong", "kiemtra")) {
            assertThatThrownBy(() -> as(stranger, () -> imports.template(ImportKind.UNITS)))
                    .isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> as(stranger, () -> imports.preview(ImportKind.UNITS, "units.xlsx", units)))
                    .isInstanceOf(AccessRefusedException.class);
        }
        assertThatThrownBy(() -> as("admin", () -> imports.template(ImportKind.CATALOG)))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(ImportedData.snapshot(jdbc)).isEqualTo(before);
    }

    /** Seed 000 §III.1: the personnel office serves Văn phòng UBND tỉnh, not Sở Nội vụ. */
    @Test
    void thePersonnelOfficeImportsCadresOnlyIntoTheUnitsItServes() {
        apply("admin", ImportKind.UNITS, UNIT);
        apply("admin", ImportKind.POSITIONS, List.of(
                row("IMP.TKV.PHO", "Tổ phó", "Cấp phó", "Chức vụ chính quyền", "IMP.TKV", "Có")));
        Map<String, List<Map<String, Object>>> before = ImportedData.snapshot(jdbc);

        ImportReport outside = preview("tochuc", ImportKind.CADRES, List.of(
                row("IMP401", "Lương Thị Mai", "11/11/1987", "Có", "Công chức", "SNV-NB.CCVC.PHO", "01/07/2026",
                        "Điều động"),
                row("IMP402", "Bùi Văn Hùng", "03/04/1984", "Có", "Công chức")));
        assertThat(places(outside)).containsExactly("F2", "F3");
        assertThat(outside.problems()).extracting(ImportProblem::messageKey)
                .containsExactly("imports.cadre.unit-not-served", "imports.cadre.post-required");
        assertThat(ImportedData.snapshot(jdbc)).isEqualTo(before);

        ImportReport served = apply("tochuc", ImportKind.CADRES, List.of(
                row("IMP401", "Lương Thị Mai", "11/11/1987", "Có", "Công chức", "IMP.TKV.PHO", "01/07/2026",
                        "Bổ nhiệm lần đầu")));
        assertThat(served.applied()).isTrue();
        assertThat(served.count(ImportAction.CREATE)).isEqualTo(2);
    }

    /**
     * A stored cadre the office does not see (posted in Sở Nội vụ) is neither compared, which would show their
     * particulars in the problems, nor posted into a served unit, which would bring them into the office's scope.
     */
    @Test
    void thePersonnelOfficeCannotReachAStoredCadreOutsideTheUnitsItServes() {
        apply("admin", ImportKind.UNITS, UNIT);
        apply("admin", ImportKind.POSITIONS, List.of(
                row("IMP.TKV.PHO", "Tổ phó", "Cấp phó", "Chức vụ chính quyền", "IMP.TKV", "Có")));
        apply("admin", ImportKind.CADRES, List.of(
                row("IMP403", "Đoàn Thị Thu", "02/09/1979", "Có", "Công chức", "SNV-NB.CCVC.PHO", "01/07/2026",
                        "Điều động")));
        Map<String, List<Map<String, Object>>> before = ImportedData.snapshot(jdbc);

        ImportReport report = preview("tochuc", ImportKind.CADRES, List.of(
                row("IMP403", "Tên khác", "01/01/1990", "Không", "Viên chức", "IMP.TKV.PHO", "01/08/2026",
                        "Điều động")));

        assertThat(places(report)).containsExactly("A2");
        assertThat(report.problems()).extracting(ImportProblem::messageKey)
                .containsExactly("imports.cadre.not-in-scope");
        assertThat(report.problems().get(0).arguments()).containsExactly("IMP403");
        assertThat(report.applied()).isFalse();
        assertThat(ImportedData.snapshot(jdbc)).isEqualTo(before);
    }

    @Test
    void onlyTheUploaderConfirmsTheirFileAndOnlyOnce() {
        ImportReport preview = preview("admin", ImportKind.CADRES, List.of(
                row("IMP501", "Đỗ Thị Thanh Hương", "09/09/1991", "Không", "Viên chức")));
        Map<String, List<Map<String, Object>>> before = ImportedData.snapshot(jdbc);

        assertThatThrownBy(() -> as("tochuc", () -> imports.confirm(ImportKind.CADRES, preview.uploadId())))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> as("admin", () -> imports.confirm(ImportKind.CADRES, preview.uploadId() + 1000)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(ImportedData.snapshot(jdbc)).isEqualTo(before);

        long auditBefore = ImportedData.auditEntries(jdbc);
        assertThat(as("admin", () -> imports.confirm(ImportKind.CADRES, preview.uploadId())).applied()).isTrue();
        assertThat(ImportedData.auditEntries(jdbc)).isEqualTo(auditBefore + 1);
        var entry = jdbc.queryForMap("select * from audit_entry where record_type = 'IMPORT' order by id desc"
                + " fetch first 1 rows only");
        assertThat(entry.get("action")).isEqualTo("IMPORT_APPLIED");
        assertThat(entry.get("actor_username")).isEqualTo("admin");
        assertThat((String) entry.get("after_state")).contains(preview.checksum(), "IMP501", "\"created\"");
        assertThatThrownBy(() -> as("admin", () -> imports.confirm(ImportKind.CADRES, preview.uploadId())))
                .isInstanceOf(RuleRefusedException.class);
    }
}

package vn.danhgia.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danhgia.imports.ImportFiles.row;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import vn.danhgia.emulation.EmulationRecords;
import vn.danhgia.emulation.Nominee;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.rules.emulation.Registration;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;

/**
 * Paper registrations for emulation (đăng ký thi đua, seed 003 §III.1) of Phòng Kinh tế, imported by the personnel
 * office (tochuc) in 2127–2128: the dry run writes nothing and lists each row's problem in Vietnamese where Excel
 * shows it; a clean file registers through the emulation module, late or in time by each row's day.
 */
@DemoDataTest
class EmulationRegistrationImportTests extends ImportTestSupport {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    @Autowired
    MutableClock clock;
    @Autowired
    OrganizationQueries organization;
    @Autowired
    EmulationRecords records;
    @Autowired
    MessageSource messages;

    @BeforeEach
    @AfterEach
    void removeRegistrations() {
        jdbc.update("delete from emulation_registration where emulation_year between 2127 and 2128");
    }

    String vietnamese(ImportProblem problem) {
        return messages.getMessage(problem.messageKey(), problem.argumentArray(), VIETNAMESE);
    }

    long registrations(int year) {
        return jdbc.queryForObject("select count(*) from emulation_registration where emulation_year = ?", Long.class,
                year);
    }

    @Test
    void theDryRunWritesNothingAndReportsEachRowsProblemInVietnamese() {
        clock.setDate(LocalDate.of(2127, 3, 1));
        long auditBefore = ImportedData.auditEntries(jdbc);

        ImportReport report = preview("tochuc", ImportKind.EMULATION_REGISTRATIONS, List.of(
                row("NB014", "", "2127", "Lao động tiên tiến", "20/01/2127"),
                row("", "VPUB-NB.KT", "2127", "Lao động tiên tiến", "20/01/2127"),
                row("NB999", "", "2127", "Lao động tiên tiến", "20/01/2127"),
                row("NB013", "VPUB-NB.KT", "2127", "Lao động tiên tiến", "20/01/2127"),
                row("NB015", "", "2127", "Chiến sĩ thi đua cơ sở", "10/03/2127"),
                row("NB014", "", "2127", "Chiến sĩ thi đua cơ sở", "25/01/2127")));

        // Problems of the rows themselves first, then the one the service found when the clean rows were tried.
        assertThat(places(report)).containsExactly("D3", "A4", "A5", "A7", "E6");
        assertThat(report.problems().stream().map(this::vietnamese).toList()).containsExactly(
                "Danh hiệu \"Lao động tiên tiến\" dành cho cá nhân, không đăng ký cho tập thể.",
                "Không có cán bộ mã NB999.",
                "Ghi mã cán bộ hoặc mã đơn vị, chỉ một trong hai.",
                vietnamese(report.problems().get(3)),
                "Ngày đăng ký không được sau hôm nay (01/03/2127).");
        assertThat(report.problems().get(3).messageKey()).isEqualTo("imports.row.duplicate");
        // The clean first row was tried through the service and rolled back with the rest.
        assertThat(registrations(2127)).isZero();
        assertThat(ImportedData.auditEntries(jdbc)).isEqualTo(auditBefore);
    }

    @Test
    void aCleanFileRegistersEachHolderLateOrInTimeByItsDayAndTwiceChangesNothing() {
        clock.setDate(LocalDate.of(2128, 3, 1));
        List<List<String>> rows = List.of(
                row("NB014", "", "2128", "Chiến sĩ thi đua cơ sở", "31/01/2128"),
                row("", "VPUB-NB.KT", "2128", "EXCELLENT_COLLECTIVE", "05/02/2128"));

        ImportReport applied = apply("tochuc", ImportKind.EMULATION_REGISTRATIONS, rows);

        assertThat(applied.applied()).isTrue();
        Nominee mai = Nominee.person(organization.cadreByCode("NB014").orElseThrow().id().value());
        Nominee kinhTe = Nominee.collective(organization.unitByCode("VPUB-NB.KT").orElseThrow().id().value());
        assertThat(records.registrations(List.of(mai, kinhTe), 2128)).containsEntry(mai, Registration.ON_TIME)
                .containsEntry(kinhTe, Registration.LATE);
        assertThat(jdbc.queryForList("select source from emulation_registration where emulation_year = 2128",
                String.class)).containsOnly("IMPORT");

        ImportReport again = preview("tochuc", ImportKind.EMULATION_REGISTRATIONS, rows);
        assertThat(again.problems()).isEmpty();
        assertThat(again.hasChanges()).isFalse();
        assertThat(registrations(2128)).isEqualTo(2);
    }
}

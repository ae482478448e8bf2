package vn.danhgia.emulation.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import vn.danhgia.emulation.EmulationRecords;
import vn.danhgia.emulation.NewRegistration;
import vn.danhgia.emulation.Nominee;
import vn.danhgia.emulation.RegistrationSource;
import vn.danhgia.emulation.StoredRegistration;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.platform.AccessRefusedException;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.platform.RecordNotFoundException;
import vn.danhgia.platform.RuleRefusedException;
import vn.danhgia.rules.emulation.EmulationTitle;
import vn.danhgia.rules.emulation.Registration;
import vn.danhgia.scheme.AnnualCalendars;
import vn.danhgia.scheme.AnnualDeadline;
import vn.danhgia.scheme.AnnualStep;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.TestActors;

/**
 * Đăng ký thi đua in Phòng Kinh tế, Văn phòng UBND tỉnh Ninh Bình (seed 003 §III.1: "phải có bản Đăng ký tham gia thi
 * đua từ đầu năm"), in the years 2120–2126 (each test cleans them): Lương Thị Mai (canbo, NB014) registers herself,
 * Trịnh Đình Phong (truongphong, NB013) heads the department, Lê Văn Hùng (tochuc, NB006) keeps the office's
 * registrations. The office's calendar closes registration "trong ngày 31/01" (V79's default).
 */
@DemoDataTest
class RegistrationServiceTests {

    @Autowired
    RegistrationService registrations;
    @Autowired
    EmulationRecords records;
    @Autowired
    OrganizationQueries organization;
    @Autowired
    TestActors actors;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AnnualCalendars calendars;

    Actor mai;
    Actor phong;
    Actor hung;
    Nominee maiHolder;
    Nominee bao;
    Nominee hungHolder;
    Nominee kinhTe;

    @BeforeEach
    void setUp() {
        clean();
        mai = actors.account("canbo");
        phong = actors.account("truongphong");
        hung = actors.account("tochuc");
        maiHolder = person("NB014");
        bao = person("NB015");
        hungHolder = person("NB006");
        kinhTe = Nominee.collective(organization.unitByCode("VPUB-NB.KT").orElseThrow().id().value());
    }

    @AfterEach
    void clean() {
        jdbc.update("delete from emulation_registration where emulation_year between 2120 and 2126");
        jdbc.update("update annual_calendar_step set day_of_month = 31, month_of_year = 1, inclusive = true"
                + " where step = 'EMULATION_REGISTRATION'");
        // As V79 ships it, for a test that removed the step.
        jdbc.update("insert into annual_calendar_step (calendar_id, step, month_of_year, day_of_month, inclusive,"
                + " addressee) select c.id, 'EMULATION_REGISTRATION', 1, 31, true, null from annual_calendar c"
                + " where not exists (select 1 from annual_calendar_step s where s.calendar_id = c.id"
                + " and s.step = 'EMULATION_REGISTRATION')");
    }

    Nominee person(String code) {
        return Nominee.person(organization.cadreByCode(code).orElseThrow().id().value());
    }

    StoredRegistration register(Actor actor, Nominee nominee, int year, EmulationTitle target, LocalDate day) {
        return TestActors.runAs(actor, () -> registrations.register(new NewRegistration(nominee, year, target, day,
                RegistrationSource.FORM)));
    }

    Registration status(Nominee nominee, int year) {
        return records.registrations(List.of(nominee), year).get(nominee);
    }

    @Test
    void aCadreRegisteringOnTheDeadlineDayIsInTimeAndTheRegistrationIsAudited() {
        clock.setDate(LocalDate.of(2120, 1, 31));

        StoredRegistration stored = register(mai, maiHolder, 2120, EmulationTitle.GRASSROOTS_EMULATION_FIGHTER, null);

        assertThat(stored.registeredOn()).isEqualTo(LocalDate.of(2120, 1, 31));
        assertThat(stored.deadline()).isEqualTo(LocalDate.of(2120, 1, 31));
        assertThat(stored.late()).isFalse();
        assertThat(stored.unitId()).isEqualTo(kinhTe.subjectId());
        assertThat(status(maiHolder, 2120)).isEqualTo(Registration.ON_TIME);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'EMULATION_REGISTERED'"
                + " and record_id = ? and subject_cadre_id = ?", Long.class, stored.id(), maiHolder.subjectId()))
                .isEqualTo(1);
    }

    @Test
    void aRegistrationTheDayAfterTheDeadlineIsLateAndSaysSo() {
        clock.setDate(LocalDate.of(2121, 2, 1));

        StoredRegistration stored = register(mai, maiHolder, 2121, EmulationTitle.ADVANCED_WORKER, null);

        assertThat(stored.late()).isTrue();
        assertThat(status(maiHolder, 2121)).isEqualTo(Registration.LATE);
        RegistrationRow own = TestActors.runAs(mai, () -> registrations.own(2121)).orElseThrow();
        assertThat(own.status()).isEqualTo(Registration.LATE);
        // The law's default: a late registration counts as none (EmulationThresholds.lateRegistrationBlocks).
        assertThat(own.consequenceKey()).isEqualTo("emulation.registration.consequence.LATE_BLOCKS");
        assertThat(own.consequenceArguments()).containsExactly("31/01/2121", "2121");
    }

    @Test
    void theDeadlineIsTheCalendarsSetting() {
        // An administrator moves the office's registration to "trước ngày 15/01" (14/01 is the last day in time).
        jdbc.update("update annual_calendar_step set day_of_month = 15, inclusive = false"
                + " where step = 'EMULATION_REGISTRATION' and calendar_id ="
                + " (select id from annual_calendar where code = 'NB-VP-UBND-ANNUAL')");
        clock.setDate(LocalDate.of(2122, 1, 14));
        assertThat(register(mai, maiHolder, 2122, EmulationTitle.ADVANCED_WORKER, null).late()).isFalse();
        clock.setDate(LocalDate.of(2122, 1, 15));
        assertThat(register(phong, bao, 2122, EmulationTitle.ADVANCED_WORKER, null).late()).isTrue();
    }

    /** V79: every shipped calendar closes registration "trong ngày 31/01"; a calendar without the step falls back. */
    @Test
    void everyShippedCalendarHasTheStepAndACalendarWithoutItKeepsTheDefault() {
        for (String code : List.of("NB-VP-UBND-ANNUAL", "DU-PHUONG-79-KH")) {
            assertThat(calendars.byCode(code).orElseThrow().step(AnnualStep.EMULATION_REGISTRATION)).as(code)
                    .contains(new AnnualDeadline(AnnualStep.EMULATION_REGISTRATION, 1, 31, true, null));
        }
        jdbc.update("delete from annual_calendar_step where step = 'EMULATION_REGISTRATION' and calendar_id ="
                + " (select id from annual_calendar where code = 'NB-VP-UBND-ANNUAL')");
        clock.setDate(LocalDate.of(2122, 2, 1));

        StoredRegistration stored = register(mai, maiHolder, 2122, EmulationTitle.ADVANCED_WORKER, null);

        assertThat(stored.deadline()).isEqualTo(LocalDate.of(2122, 1, 31));
        assertThat(stored.late()).isTrue();
    }

    @Test
    void theUnitHeadRegistersHisUnitAndItsMembersButNobodyElse() {
        clock.setDate(LocalDate.of(2123, 1, 10));

        assertThat(register(phong, kinhTe, 2123, EmulationTitle.EXCELLENT_COLLECTIVE, null).nominee())
                .isEqualTo(kinhTe);
        assertThat(register(phong, bao, 2123, EmulationTitle.ADVANCED_WORKER, null).late()).isFalse();
        assertThat(status(kinhTe, 2123)).isEqualTo(Registration.ON_TIME);
        assertThat(status(bao, 2123)).isEqualTo(Registration.ON_TIME);

        // Lê Văn Hùng works in Phòng Hành chính – Tổ chức, outside Phòng Kinh tế.
        assertThatThrownBy(() -> register(phong, hungHolder, 2123, EmulationTitle.ADVANCED_WORKER, null))
                .isInstanceOfAny(RecordNotFoundException.class, AccessRefusedException.class);
        assertThat(status(hungHolder, 2123)).isEqualTo(Registration.MISSING);
    }

    @Test
    void aCadreRegistersOnlyHimselfAndOnlyToday() {
        clock.setDate(LocalDate.of(2124, 1, 20));

        assertThatThrownBy(() -> register(mai, bao, 2124, EmulationTitle.ADVANCED_WORKER, null))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> register(mai, kinhTe, 2124, EmulationTitle.ADVANCED_COLLECTIVE, null))
                .isInstanceOfSatisfying(AccessRefusedException.class, refused -> assertThat(refused.messageKey())
                        .isEqualTo("emulation.registration.refused.collective"));
        // Back-dating her own registration would escape the deadline: only the personnel office records a paper day.
        assertThatThrownBy(() -> register(mai, maiHolder, 2124, EmulationTitle.ADVANCED_WORKER,
                LocalDate.of(2124, 1, 5)))
                .isInstanceOfSatisfying(AccessRefusedException.class, refused -> assertThat(refused.messageKey())
                        .isEqualTo("emulation.registration.refused.earlier-day"));
        assertThat(status(maiHolder, 2124)).isEqualTo(Registration.MISSING);
    }

    @Test
    void thePersonnelOfficeRecordsAPaperRegistrationOfItsDay() {
        clock.setDate(LocalDate.of(2125, 3, 2));

        StoredRegistration paper = register(hung, bao, 2125, EmulationTitle.ADVANCED_WORKER, LocalDate.of(2125, 1, 30));
        StoredRegistration unit = register(hung, kinhTe, 2125, EmulationTitle.ADVANCED_COLLECTIVE, null);

        assertThat(paper.registeredOn()).isEqualTo(LocalDate.of(2125, 1, 30));
        assertThat(paper.late()).isFalse();
        assertThat(unit.late()).isTrue();
        assertThatThrownBy(() -> register(hung, maiHolder, 2125, EmulationTitle.ADVANCED_WORKER,
                LocalDate.of(2125, 3, 3)))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.violations())
                        .extracting(v -> v.field() + " " + v.messageKey())
                        .containsExactly("registeredOn emulation.registration.date.future"));
    }

    @Test
    void theTargetMustSuitTheHolderAndAHolderRegistersOncePerYear() {
        clock.setDate(LocalDate.of(2126, 1, 5));

        assertThatThrownBy(() -> register(phong, kinhTe, 2126, EmulationTitle.ADVANCED_WORKER, null))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.violations())
                        .extracting(v -> v.field() + " " + v.messageKey())
                        .containsExactly("targetTitle emulation.registration.target.not-for-holder.COLLECTIVE"));
        assertThatThrownBy(() -> register(mai, maiHolder, 2126, EmulationTitle.EXCELLENT_COLLECTIVE, null))
                .isInstanceOf(InvalidInputException.class);
        register(mai, maiHolder, 2126, EmulationTitle.ADVANCED_WORKER, null);
        assertThatThrownBy(() -> register(phong, maiHolder, 2126, EmulationTitle.GRASSROOTS_EMULATION_FIGHTER, null))
                .isInstanceOfSatisfying(RuleRefusedException.class, refused -> assertThat(refused.messageKey())
                        .isEqualTo("emulation.registration.refused.already"));
    }

    @Test
    void changingTheTargetKeepsTheDayAndTheLatenessAndIsAudited() {
        clock.setDate(LocalDate.of(2120, 2, 10));
        StoredRegistration late = register(mai, maiHolder, 2120, EmulationTitle.ADVANCED_WORKER, null);
        clock.setDate(LocalDate.of(2120, 3, 1));

        StoredRegistration changed = TestActors.runAs(mai, () -> registrations.changeTarget(late.id(),
                EmulationTitle.GRASSROOTS_EMULATION_FIGHTER, late.version()));

        assertThat(changed.target()).isEqualTo(EmulationTitle.GRASSROOTS_EMULATION_FIGHTER);
        assertThat(changed.registeredOn()).isEqualTo(LocalDate.of(2120, 2, 10));
        assertThat(changed.late()).isTrue();
        assertThat(jdbc.queryForMap("select before_state, after_state from audit_entry"
                + " where action = 'EMULATION_REGISTRATION_TARGET_CHANGED' and record_id = ?", late.id()))
                .satisfies(row -> assertThat(row.values().toString()).contains("ADVANCED_WORKER",
                        "GRASSROOTS_EMULATION_FIGHTER"));
        assertThatThrownBy(() -> TestActors.runAs(mai, () -> registrations.changeTarget(late.id(),
                EmulationTitle.ADVANCED_WORKER, late.version())))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }

    @Test
    void theUnitListShowsTheCollectiveFirstThenItsPeopleWithTheConsequenceOfAMissingRegistration() {
        clock.setDate(LocalDate.of(2121, 1, 15));
        register(mai, maiHolder, 2121, EmulationTitle.ADVANCED_WORKER, null);

        UnitRegistrationsView unit = TestActors.runAs(phong, () -> registrations.unit(kinhTe.subjectId(), 2121));

        assertThat(unit.deadline()).isEqualTo(LocalDate.of(2121, 1, 31));
        assertThat(unit.rows().get(0).nominee()).isEqualTo(kinhTe);
        Map<Nominee, RegistrationRow> byHolder = unit.rows().stream()
                .collect(Collectors.toMap(RegistrationRow::nominee, row -> row));
        assertThat(byHolder).containsKeys(maiHolder, bao, person("NB013"));
        assertThat(byHolder.get(maiHolder).status()).isEqualTo(Registration.ON_TIME);
        assertThat(byHolder.get(maiHolder).registration().target()).isEqualTo(EmulationTitle.ADVANCED_WORKER);
        assertThat(byHolder.get(bao).status()).isEqualTo(Registration.MISSING);
        assertThat(byHolder.get(bao).consequenceKey()).isEqualTo("emulation.registration.consequence.MISSING");
        assertThat(byHolder.get(bao).consequenceArguments()).first().isEqualTo("2121");
        assertThat(unit.recordsPaper()).isFalse();
        // The list is the unit's keepers' only: not Mai's, not another department head's.
        assertThatThrownBy(() -> TestActors.runAs(mai, () -> registrations.unit(kinhTe.subjectId(), 2121)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(TestActors.runAs(hung, () -> registrations.unit(kinhTe.subjectId(), 2121)).recordsPaper())
                .isTrue();
    }
}

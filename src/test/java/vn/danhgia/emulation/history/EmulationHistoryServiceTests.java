package vn.danhgia.emulation.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import vn.danhgia.emulation.EmulationRecords;
import vn.danhgia.emulation.Nominee;
import vn.danhgia.emulation.PastAward;
import vn.danhgia.emulation.PastAwards;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.platform.AccessRefusedException;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.platform.RecordNotFoundException;
import vn.danhgia.rules.emulation.Achievement;
import vn.danhgia.rules.emulation.AchievementKind;
import vn.danhgia.rules.emulation.EmulationTitle;
import vn.danhgia.rules.emulation.RecognitionLevel;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.TestActors;

/**
 * The emulation history of Phòng Kinh tế, Văn phòng UBND tỉnh Ninh Bình, reviewed in 2135 (issue 14 §2): Lê Văn Hùng
 * (tochuc, the personnel office serving the office) and Trịnh Đình Phong (truongphong, head of Phòng Kinh tế) keep it;
 * Lương Thị Mai (canbo, NB014) reads her own. Titles of 2130–2134 are entered as past years.
 */
@DemoDataTest
class EmulationHistoryServiceTests {

    static final int UNDER_REVIEW = 2135;
    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    @Autowired
    EmulationHistory history;
    @Autowired
    AchievementService achievements;
    @Autowired
    PastAwards pastAwards;
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
    MessageSource messages;

    Actor hung;
    Actor phong;
    Actor mai;
    long maiId;
    long phongId;
    long kinhTe;

    @BeforeEach
    void setUp() {
        clean();
        clock.setDate(LocalDate.of(UNDER_REVIEW, 12, 1));
        hung = actors.account("tochuc");
        phong = actors.account("truongphong");
        mai = actors.account("canbo");
        maiId = organization.cadreByCode("NB014").orElseThrow().id().value();
        phongId = organization.cadreByCode("NB013").orElseThrow().id().value();
        kinhTe = organization.unitByCode("VPUB-NB.KT").orElseThrow().id().value();
    }

    @AfterEach
    void clean() {
        cleanYears(jdbc);
    }

    static void cleanYears(JdbcTemplate jdbc) {
        jdbc.update("delete from emulation_achievement_file where achievement_id in"
                + " (select id from emulation_achievement where recognised_year between 2130 and 2139)");
        jdbc.update("delete from emulation_achievement where recognised_year between 2130 and 2139");
        jdbc.update("delete from emulation_award where award_year between 2130 and 2139");
    }

    static byte[] pdf(String text) {
        return ("%PDF-1.7\n" + text + "\n%%EOF").getBytes(StandardCharsets.UTF_8);
    }

    static AchievementDraft initiative(int year) {
        return new AchievementDraft(AchievementKind.INITIATIVE, "Số hóa hồ sơ thẩm định dự án đầu tư công",
                RecognitionLevel.GRASSROOTS, year, "Hội đồng sáng kiến Văn phòng UBND tỉnh", "12/QĐ-VP");
    }

    @Test
    void thePersonnelOfficeRecordsAnAchievementAndItIsAudited() {
        AchievementView recorded = TestActors.runAs(hung, () -> achievements.record(Nominee.person(maiId),
                initiative(2133)));

        assertThat(recorded.holderCode()).isEqualTo("NB014");
        assertThat(recorded.unitId()).isEqualTo(kinhTe);
        assertThat(recorded.recordedBy()).isEqualTo("tochuc");
        assertThat(TestActors.runAs(hung, () -> achievements.ofUnit(kinhTe, 2133))).extracting(AchievementView::id)
                .containsExactly(recorded.id());
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'EMULATION_ACHIEVEMENT_RECORDED'"
                + " and record_id = ? and subject_cadre_id = ?", Long.class, recorded.id(), maiId)).isEqualTo(1);
        // The rules read it through the one port, with its kind, level and year.
        assertThat(records.achievements(List.of(Nominee.person(maiId)), 2139).get(Nominee.person(maiId)))
                .containsExactly(new Achievement(AchievementKind.INITIATIVE, RecognitionLevel.GRASSROOTS, 2133));
    }

    @Test
    void theUnitHeadRecordsForTheUnitAndItsPeopleButNobodyForThemselves() {
        AchievementView collective = TestActors.runAs(phong, () -> achievements.record(Nominee.collective(kinhTe),
                new AchievementDraft(AchievementKind.WORK, "Bộ chỉ số theo dõi giải ngân", RecognitionLevel.PROVINCIAL,
                        2134, "UBND tỉnh Ninh Bình", null)));
        assertThat(collective.holderName()).isEqualTo(organization.unitByCode("VPUB-NB.KT").orElseThrow().name());

        assertThatThrownBy(() -> TestActors.runAs(phong, () -> achievements.record(Nominee.person(phongId),
                initiative(2134)))).isInstanceOf(AccessRefusedException.class);
        // A cadre sees her own history but does not keep it.
        assertThatThrownBy(() -> TestActors.runAs(mai, () -> achievements.record(Nominee.person(maiId),
                initiative(2134)))).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> TestActors.runAs(mai, () -> achievements.ofUnit(kinhTe, 2134)))
                .isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void aPersonReadsTheirOwnHistoryAndOutsideTheScopeItIsNotFound() {
        TestActors.runAs(hung, () -> achievements.record(Nominee.person(maiId), initiative(2132)));

        HolderHistory own = TestActors.runAs(mai, () -> history.person(maiId));
        assertThat(own.code()).isEqualTo("NB014");
        assertThat(own.keeps()).isFalse();
        assertThat(own.achievements()).hasSize(1);
        assertThat(TestActors.runAs(hung, () -> history.person(maiId)).keeps()).isTrue();
        assertThat(TestActors.runAs(phong, () -> history.person(maiId)).keeps()).isTrue();

        assertThatThrownBy(() -> TestActors.runAs(mai, () -> history.person(phongId)))
                .isInstanceOf(RecordNotFoundException.class);
        for (String stranger : List.of("hoidong", "kiemtra")) {
            assertThatThrownBy(() -> TestActors.runAs(actors.account(stranger), () -> history.person(maiId)))
                    .as(stranger).isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> TestActors.runAs(actors.account(stranger), () -> history.unit(kinhTe)))
                    .as(stranger).isInstanceOf(RecordNotFoundException.class);
        }
        assertThatThrownBy(() -> TestActors.runAs(mai, () -> history.unit(kinhTe)))
                .isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void evidenceIsStoredAndReadBackAndAFileOfAnotherTypeIsRefused() {
        AchievementView recorded = TestActors.runAs(hung, () -> achievements.record(Nominee.person(maiId),
                initiative(2131)));
        byte[] decision = pdf("Quyết định công nhận sáng kiến 12/QĐ-VP");

        EvidenceView stored = TestActors.runAs(phong, () -> achievements.attach(recorded.id(),
                "C:\\Hồ sơ\\QĐ công nhận sáng kiến.pdf", new ByteArrayInputStream(decision)));

        assertThat(stored.originalName()).isEqualTo("QĐ công nhận sáng kiến.pdf");
        assertThat(stored.size()).isEqualTo(decision.length);
        assertThat(TestActors.runAs(mai, () -> achievements.file(stored.id())).bytes()).isEqualTo(decision);
        assertThat(TestActors.runAs(mai, () -> history.person(maiId)).achievements().get(0).files())
                .extracting(EvidenceView::sha256).containsExactly(stored.sha256());
        assertThatThrownBy(() -> TestActors.runAs(actors.account("kiemtra"), () -> achievements.file(stored.id())))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> TestActors.runAs(hung, () -> achievements.attach(recorded.id(), "sáng kiến.pdf",
                new ByteArrayInputStream("not a pdf".getBytes(StandardCharsets.UTF_8)))))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.violations())
                        .extracting(v -> v.field() + " " + v.messageKey())
                        .containsExactly("file emulationhistory.file.contentMismatch"));
        assertThatThrownBy(() -> TestActors.runAs(hung, () -> achievements.attach(recorded.id(), "sáng kiến.exe",
                new ByteArrayInputStream(decision)))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aCorrectionFromAStaleVersionIsRefusedAndARemovalIsAudited() {
        AchievementView recorded = TestActors.runAs(hung, () -> achievements.record(Nominee.person(maiId),
                initiative(2130)));
        AchievementView corrected = TestActors.runAs(hung, () -> achievements.correct(recorded.id(),
                recorded.version(), new AchievementDraft(AchievementKind.RESEARCH, "Đề tài đánh giá đầu tư công",
                        RecognitionLevel.PROVINCIAL, 2130, "Sở Khoa học và Công nghệ", "45/QĐ-SKHCN")));
        assertThat(corrected.level()).isEqualTo(RecognitionLevel.PROVINCIAL);
        assertThat(corrected.version()).isGreaterThan(recorded.version());

        assertThatThrownBy(() -> TestActors.runAs(phong, () -> achievements.correct(recorded.id(),
                recorded.version(), initiative(2130)))).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThatThrownBy(() -> TestActors.runAs(hung, () -> achievements.correct(recorded.id(),
                corrected.version(), new AchievementDraft(null, " ", null, 2136, null, null))))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.violations())
                        .extracting(v -> v.field()).containsExactly("kind", "name", "level", "year"));

        TestActors.runAs(hung, () -> {
            achievements.remove(recorded.id(), corrected.version());
            return null;
        });
        assertThat(jdbc.queryForObject("select count(*) from emulation_achievement where id = ?", Long.class,
                recorded.id())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_id = ? and action in"
                + " ('EMULATION_ACHIEVEMENT_CORRECTED', 'EMULATION_ACHIEVEMENT_REMOVED')", Long.class,
                recorded.id())).isEqualTo(2);
    }

    @Test
    void theHistoryReadsTheTitlesEmulationRecordsHolds() {
        long auditedBefore = pastAwardsAudited(maiId);
        TestActors.runAs(hung, () -> {
            pastAwards.enter(new PastAward(Nominee.person(maiId), 2132, EmulationTitle.ADVANCED_WORKER, "5/QĐ-VP"));
            pastAwards.enter(new PastAward(Nominee.person(maiId), 2133, EmulationTitle.ADVANCED_WORKER, null));
            pastAwards.enter(new PastAward(Nominee.person(maiId), 2133, EmulationTitle.GRASSROOTS_EMULATION_FIGHTER,
                    null));
            return pastAwards.enter(new PastAward(Nominee.collective(kinhTe), 2133,
                    EmulationTitle.EXCELLENT_COLLECTIVE, "7/QĐ-VP"));
        });
        // Entering the same title again changes nothing.
        assertThat(TestActors.runAs(phong, () -> pastAwards.enter(new PastAward(Nominee.person(maiId), 2132,
                EmulationTitle.ADVANCED_WORKER, null)))).isFalse();

        HolderHistory mine = TestActors.runAs(mai, () -> history.person(maiId));
        Map<Integer, Set<EmulationTitle>> truth = records.awards(List.of(Nominee.person(maiId)), 2139)
                .get(Nominee.person(maiId));
        assertThat(mine.years().stream().filter(year -> !year.titles().isEmpty()))
                .allSatisfy(year -> assertThat(Set.copyOf(year.titles())).isEqualTo(truth.get(year.year())))
                .extracting(HolderHistory.Year::year).containsExactly(2133, 2132);
        assertThat(mine.years().get(0).titles()).containsExactly(EmulationTitle.ADVANCED_WORKER,
                EmulationTitle.GRASSROOTS_EMULATION_FIGHTER);
        assertThat(TestActors.runAs(phong, () -> history.unit(kinhTe)).years()).extracting(HolderHistory.Year::titles)
                .containsExactly(List.of(EmulationTitle.EXCELLENT_COLLECTIVE));
        // Audit entries outlive the tests' cleaning: count those this test wrote.
        assertThat(pastAwardsAudited(maiId) - auditedBefore).isEqualTo(3);
    }

    long pastAwardsAudited(long cadreId) {
        return jdbc.queryForObject("select count(*) from audit_entry where action = 'EMULATION_PAST_AWARD_ENTERED'"
                + " and subject_cadre_id = ?", Long.class, cadreId);
    }

    /** Issue 14 §2: only earlier years are entered; the year under review comes from its meeting and decision. */
    @Test
    void onlyYearsBeforeTheYearUnderReviewAreEntered() {
        assertThatThrownBy(() -> TestActors.runAs(hung, () -> pastAwards.enter(new PastAward(Nominee.person(maiId),
                UNDER_REVIEW, EmulationTitle.ADVANCED_WORKER, null))))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.violations())
                        .extracting(v -> v.field() + " " + v.messageKey())
                        .containsExactly("year emulationhistory.award.notPast"));
        assertThat(TestActors.runAs(hung, () -> pastAwards.enter(new PastAward(Nominee.person(maiId),
                UNDER_REVIEW - 1, EmulationTitle.ADVANCED_WORKER, null)))).isTrue();
    }

    @Test
    void aTitleForTheOtherKindOfHolderIsRefusedInVietnamese() {
        assertThatThrownBy(() -> TestActors.runAs(hung, () -> pastAwards.enter(new PastAward(Nominee.person(maiId),
                2133, EmulationTitle.EXCELLENT_COLLECTIVE, null))))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(messages.getMessage(
                        refused.violations().get(0).messageKey(), null, VIETNAMESE))
                        .isEqualTo("Danh hiệu, hình thức này dành cho tập thể, không tặng cho cá nhân."));
        assertThatThrownBy(() -> TestActors.runAs(hung, () -> pastAwards.enter(new PastAward(
                Nominee.collective(kinhTe), 2133, EmulationTitle.GRASSROOTS_EMULATION_FIGHTER, null))))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(messages.getMessage(
                        refused.violations().get(0).messageKey(), null, VIETNAMESE))
                        .isEqualTo("Danh hiệu, hình thức này dành cho cá nhân, không tặng cho tập thể."));
        assertThat(records.awards(List.of(Nominee.person(maiId), Nominee.collective(kinhTe)), 2139).values())
                .allSatisfy(years -> assertThat(years).isEmpty());
    }

    @Test
    void aCadreMayNotEnterTheirOwnTitles() {
        assertThatThrownBy(() -> TestActors.runAs(mai, () -> pastAwards.enter(new PastAward(Nominee.person(maiId),
                2133, EmulationTitle.ADVANCED_WORKER, null)))).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> TestActors.runAs(actors.account("kiemtra"), () -> pastAwards.enter(new PastAward(
                Nominee.person(maiId), 2133, EmulationTitle.ADVANCED_WORKER, null))))
                .isInstanceOf(RecordNotFoundException.class);
    }
}

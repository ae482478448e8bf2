package vn.danhgia.emulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import vn.danhgia.emulation.eligibility.ReasonSentences;
import vn.danhgia.platform.AccessRefusedException;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.RecordNotFoundException;
import vn.danhgia.platform.Role;
import vn.danhgia.platform.RuleRefusedException;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.emulation.EmulationReason;
import vn.danhgia.rules.emulation.EmulationReasonCode;
import vn.danhgia.rules.emulation.EmulationTitle;
import vn.danhgia.rules.emulation.TitleEligibility;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.TestActors;

/**
 * Phòng Kinh tế's emulation review of 2140 (seed 003 §III–IV; issue 14 §4), after its yearly ratings are decided:
 * Trịnh Đình Phong (NB013), rated GOOD, registered for Lao động tiên tiến, with an initiative recognised at grassroots
 * level; Lương Thị Mai (NB014), rated EXCELLENT but never registered; Hà Quốc Bảo (NB015), rated GOOD, registered for
 * Chiến sĩ thi đua cơ sở without the achievement it needs. The unit head (truongphong) conducts the meeting.
 */
@DemoDataTest
class EmulationReviewTests {

    static final int YEAR = 2140;
    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    @Autowired
    EmulationEligibility eligibility;
    @Autowired
    EmulationReviews reviews;
    @Autowired
    ReasonSentences sentences;
    @Autowired
    MessageSource messages;
    @Autowired
    TestActors actors;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    EmulationReviewFixture fixture;
    Actor head;

    @BeforeEach
    void setUp() {
        fixture = new EmulationReviewFixture(context);
        fixture.clean();
        LocaleContextHolder.setLocale(VIETNAMESE);
        clock.setDate(LocalDate.of(YEAR, 12, 10));
        head = actors.account("truongphong");
        fixture.rated("NB013", YEAR, RatingLevel.GOOD);
        fixture.rated("NB014", YEAR, RatingLevel.EXCELLENT);
        fixture.rated("NB015", YEAR, RatingLevel.GOOD);
        fixture.collectiveRated(YEAR, RatingLevel.GOOD);
        fixture.registered("NB013", YEAR, EmulationTitle.ADVANCED_WORKER);
        fixture.registered("NB015", YEAR, EmulationTitle.GRASSROOTS_EMULATION_FIGHTER);
        fixture.initiative("NB013", YEAR, "Số hóa hồ sơ thẩm định dự án đầu tư");
    }

    @AfterEach
    void clean() {
        LocaleContextHolder.resetLocaleContext();
        fixture.clean();
    }

    @Test
    void grassrootsFighterThroughAnInitiativeWithoutBeingExcellent() {
        // Luật TĐKT 2022 Điều 23: Lao động tiên tiến and HTXS *or* an initiative recognised at grassroots level.
        CandidateEligibility phong = candidate("NB013");

        assertThat(phong.level()).isEqualTo(RatingLevel.GOOD);
        assertThat(phong.eligibleTitles()).contains(EmulationTitle.ADVANCED_WORKER,
                EmulationTitle.GRASSROOTS_EMULATION_FIGHTER);
        EmulationReason achievement = reason(phong, EmulationTitle.GRASSROOTS_EMULATION_FIGHTER,
                EmulationReasonCode.EXCELLENT_OR_ACHIEVEMENT);
        assertThat(achievement.met()).isTrue();
        assertThat(achievement.arguments()).containsExactly(false, 1L);
        assertThat(sentences.sentence(achievement, VIETNAMESE)).isEqualTo("Có thành tích vượt trội: không hoàn thành"
                + " xuất sắc nhiệm vụ, 1 sáng kiến, đề tài được công nhận trong năm");
        // Without the initiative Hà Quốc Bảo, rated the same, is Lao động tiên tiến only.
        assertThat(candidate("NB015").eligibleTitles()).contains(EmulationTitle.ADVANCED_WORKER)
                .doesNotContain(EmulationTitle.GRASSROOTS_EMULATION_FIGHTER);
    }

    @Test
    void aPersonWhoNeverRegisteredIsRefusedWithThatReason() {
        // Seed 003 §III.1: "phải có bản Đăng ký tham gia thi đua từ đầu năm".
        CandidateEligibility mai = candidate("NB014");

        assertThat(mai.level()).isEqualTo(RatingLevel.EXCELLENT);
        assertThat(mai.eligibleTitles()).isEmpty();
        TitleEligibility advanced = mai.title(EmulationTitle.ADVANCED_WORKER).orElseThrow();
        assertThat(advanced.unmet()).extracting(EmulationReason::code).containsExactly(EmulationReasonCode.REGISTERED);

        EmulationReviewView review = open(head);
        assertThatThrownBy(() -> as(head, () -> reviews.nominate(review.id(), review.version(),
                Nominee.person(fixture.cadre("NB014")), EmulationTitle.ADVANCED_WORKER)))
                .isInstanceOfSatisfying(RuleRefusedException.class, refused -> assertThat(text(refused))
                        .isEqualTo("Lương Thị Mai chưa đủ điều kiện Lao động tiên tiến: Không có bản đăng ký thi đua"
                                + " từ đầu năm nên không được đề nghị danh hiệu."));
        assertThat(as(head, () -> reviews.get(review.id())).nominations()).isEmpty();
    }

    @Test
    void theTitleFollowsTheAchievementNotTheRegisteredTarget() {
        // Seed 003 §III.1: "không xét theo cấp độ danh hiệu thi đua mà … đặt ra mục tiêu phấn đấu".
        EmulationReviewView review = nominate(open(head), "NB015", EmulationTitle.ADVANCED_WORKER);
        review = nominate(review, "NB013", EmulationTitle.GRASSROOTS_EMULATION_FIGHTER);

        assertThat(review.nominations()).extracting(NominationView::name, NominationView::title,
                NominationView::registeredTarget).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Hà Quốc Bảo", EmulationTitle.ADVANCED_WORKER,
                        EmulationTitle.GRASSROOTS_EMULATION_FIGHTER),
                org.assertj.core.groups.Tuple.tuple("Trịnh Đình Phong", EmulationTitle.GRASSROOTS_EMULATION_FIGHTER,
                        EmulationTitle.ADVANCED_WORKER));
        // Registered for Chiến sĩ thi đua cơ sở, but without its achievement: refused with the unmet condition.
        EmulationReviewView now = review;
        assertThatThrownBy(() -> as(head, () -> reviews.nominate(now.id(), now.version(),
                Nominee.person(fixture.cadre("NB015")), EmulationTitle.GRASSROOTS_EMULATION_FIGHTER)))
                .isInstanceOfSatisfying(RuleRefusedException.class, refused -> assertThat(text(refused))
                        .contains("Không hoàn thành xuất sắc nhiệm vụ và không có sáng kiến"));
    }

    @Test
    void theCollectiveCountsTheMembersWhoQualify() {
        // Luật TĐKT 2022 Điều 28: more than half of the members Lao động tiên tiến (here 2 of 3), the unit registered.
        fixture.collectiveRegistered(YEAR, EmulationTitle.EXCELLENT_COLLECTIVE);
        CandidateEligibility unit = as(head, () -> eligibility.ofUnit(fixture.unit(), YEAR))
                .candidate(Nominee.collective(fixture.unit())).orElseThrow();

        assertThat(unit.name()).isEqualTo("Phòng Kinh tế");
        assertThat(unit.registeredTarget()).isEqualTo(EmulationTitle.EXCELLENT_COLLECTIVE);
        assertThat(reason(unit, EmulationTitle.ADVANCED_COLLECTIVE, EmulationReasonCode.MEMBERS_ADVANCED_SHARE)
                .arguments()).containsExactly(2, 3, 50, true);
        // Điều 27 asks HTXS of the collective, which was rated GOOD: the title follows the achievement.
        assertThat(unit.eligibleTitles()).containsExactly(EmulationTitle.ADVANCED_COLLECTIVE);
        assertThat(unit.title(EmulationTitle.EXCELLENT_COLLECTIVE).orElseThrow().unmet())
                .extracting(EmulationReason::code).contains(EmulationReasonCode.LEVEL_AT_LEAST);
    }

    @Test
    void theChainsReadTheDecidedLevelOfEachEarlierYear() {
        // Luật TĐKT 2022 Điều 74: Bằng khen of the provincial chairman after 2 consecutive years HTXS with 2
        // initiatives applied at grassroots level in them; 2140's level comes from the annual cycle's decided rating.
        int next = YEAR + 1;
        fixture.rated("NB014", next, RatingLevel.EXCELLENT);
        fixture.registered("NB014", next, EmulationTitle.PROVINCIAL_MERIT);
        fixture.initiative("NB014", YEAR, "Quy trình một cửa liên thông cấp phép xây dựng");
        fixture.initiative("NB014", next, "Cơ sở dữ liệu giá đất trực tuyến");

        CandidateEligibility mai = as(head, () -> eligibility.ofUnit(fixture.unit(), next))
                .candidate(Nominee.person(fixture.cadre("NB014"))).orElseThrow();
        assertThat(reason(mai, EmulationTitle.PROVINCIAL_MERIT, EmulationReasonCode.CONSECUTIVE_LEVELS).arguments())
                .containsExactly(RatingLevel.EXCELLENT, 2, 2);
        assertThat(mai.eligibleTitles()).contains(EmulationTitle.PROVINCIAL_MERIT);

        // A year below HTXS breaks the run.
        jdbc.update("update yearly_rating set decided_level = 'GOOD' where rating_year = ? and cadre_id = ?", YEAR,
                fixture.cadre("NB014"));
        CandidateEligibility broken = as(head, () -> eligibility.ofUnit(fixture.unit(), next))
                .candidate(Nominee.person(fixture.cadre("NB014"))).orElseThrow();
        assertThat(reason(broken, EmulationTitle.PROVINCIAL_MERIT, EmulationReasonCode.CONSECUTIVE_LEVELS)
                .arguments()).containsExactly(RatingLevel.EXCELLENT, 1, 2);
        assertThat(broken.eligibleTitles()).doesNotContain(EmulationTitle.PROVINCIAL_MERIT);
    }

    @Test
    void aVoteBelowTheThresholdIsRefusedAndOneAboveItChosen() {
        // Lao động tiên tiến needs more than half of the council (EmulationThresholds.titleVote): 5 of 10 is not.
        EmulationReviewView review = withCouncil(open(head), 10);
        review = nominate(review, "NB015", EmulationTitle.ADVANCED_WORKER);
        NominationView bao = review.nominations().get(0);

        EmulationReviewView voted = vote(review, bao.id(), 5, 5);
        assertThat(voted.nominations().get(0).outcome()).isEqualTo(NominationOutcome.REFUSED);

        voted = vote(voted, bao.id(), 6, 4);
        assertThat(voted.nominations().get(0).outcome()).isEqualTo(NominationOutcome.CHOSEN);
        assertThat(voted.nominations().get(0).votesFor()).isEqualTo(6);
    }

    @Test
    void theShareOfGrassrootsFightersIsShownToTheUnitAndLeftToTheOfficeThatConfersTheTitle() {
        // Nghị định 98/2023: Chiến sĩ thi đua cơ sở at most 15 % of the Lao động tiên tiến, rounded down: of 2, none.
        // The share is the conferring office's (its council and the Chánh Văn phòng decide for every unit, seed 003
        // §IV), so a department of three is shown the figures and may still propose; the office's consolidation
        // counts the share over all its units.
        EmulationReviewView review = withCouncil(open(head), 10);
        review = nominate(review, "NB013", EmulationTitle.ADVANCED_WORKER);
        review = nominate(review, "NB015", EmulationTitle.ADVANCED_WORKER);
        review = nominate(review, "NB013", EmulationTitle.GRASSROOTS_EMULATION_FIGHTER);
        review = vote(review, review.nominations().get(0).id(), 9, 1);
        review = vote(review, review.nominations().get(1).id(), 8, 2);
        assertThat(review.fighterCap()).isEqualTo(new EmulationReviewView.FighterCap(2, 0, 0));
        long fighter = review.nominations().get(2).id();

        // 6 of 10 is below the 70 % Chiến sĩ thi đua cơ sở needs: refused by the vote.
        review = vote(review, fighter, 6, 4);
        assertThat(review.nominations().get(2).outcome()).isEqualTo(NominationOutcome.REFUSED);
        // 8 of 10 carries the title's own vote; the figures show it beyond the unit's own share.
        review = vote(review, fighter, 8, 2);
        assertThat(review.nominations().get(2).outcome()).isEqualTo(NominationOutcome.CHOSEN);
        assertThat(review.fighterCap()).isEqualTo(new EmulationReviewView.FighterCap(2, 0, 1));
    }

    @Test
    void theMeetingWaitsForTheUnitsYearlyRatingsToBeDecided() {
        // Seed 003 §IV: "sau khi đánh giá, phân loại xong" the unit reviews the emulation titles.
        fixture.rated("NB013", YEAR + 1, RatingLevel.GOOD);
        fixture.rated("NB014", YEAR + 1, null);
        fixture.collectiveRated(YEAR + 1, RatingLevel.GOOD);

        assertThatThrownBy(() -> as(head, () -> reviews.open(fixture.unit(), YEAR + 1)))
                .isInstanceOfSatisfying(RuleRefusedException.class, refused -> assertThat(text(refused))
                        .startsWith("Còn 1/3 kết quả xếp loại năm của đơn vị chưa được quyết định"));
        assertThatThrownBy(() -> as(head, () -> reviews.open(fixture.unit(), YEAR + 2)))
                .isInstanceOfSatisfying(RuleRefusedException.class, refused -> assertThat(refused.messageKey())
                        .isEqualTo("emulation.review.refusal.notRated"));
        assertThat(jdbc.queryForObject("select count(*) from emulation_review where unit_id = ? and review_year"
                + " between ? and ?", Long.class, fixture.unit(), YEAR + 1, YEAR + 2)).isZero();
        // The people of the unit are its candidates all the same, each held back by the rating still to decide.
        UnitEligibility unrated = as(head, () -> eligibility.ofUnit(fixture.unit(), YEAR + 2));
        assertThat(unrated.candidates()).extracting(CandidateEligibility::name).contains("Trịnh Đình Phong",
                "Lương Thị Mai", "Hà Quốc Bảo", "Phòng Kinh tế");
        assertThat(unrated.candidates().get(0).title(EmulationTitle.ADVANCED_WORKER).orElseThrow().unmet())
                .extracting(EmulationReason::code).contains(EmulationReasonCode.YEAR_RATED);
    }

    @Test
    void theUnitHeadAndThePersonnelOfficeConductTheOthersReadOrSeeNothing() {
        Actor cadre = actors.account("canbo");
        Actor inspection = actors.account("kiemtra");
        Actor authorityOnly = actors.cadre("NB001", Role.AUTHORITY);

        // Lương Thị Mai (canbo) reads her own row of her unit, nobody else's and not the collective's.
        assertThat(as(cadre, () -> eligibility.ofUnit(fixture.unit(), YEAR)).candidates())
                .extracting(CandidateEligibility::nominee).containsExactly(Nominee.person(fixture.cadre("NB014")));
        assertThatThrownBy(() -> as(inspection, () -> eligibility.ofUnit(fixture.unit(), YEAR)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> as(inspection, () -> reviews.open(fixture.unit(), YEAR)))
                .isInstanceOf(RecordNotFoundException.class);
        // The authority reads the unit it manages but does not conduct its meeting.
        assertThat(as(authorityOnly, () -> eligibility.ofUnit(fixture.unit(), YEAR)).candidates()).isNotEmpty();
        assertThatThrownBy(() -> as(authorityOnly, () -> reviews.open(fixture.unit(), YEAR)))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(as(authorityOnly, () -> reviews.units(YEAR))).extracting(EmulationReviewUnit::code)
                .contains(EmulationReviewFixture.UNIT);

        EmulationReviewView review = open(actors.account("tochuc"));
        assertThat(review.conducts()).isTrue();
        assertThat(as(authorityOnly, () -> reviews.get(review.id())).conducts()).isFalse();
        assertThatThrownBy(() -> as(authorityOnly, () -> reviews.nominate(review.id(), review.version(),
                Nominee.person(fixture.cadre("NB013")), EmulationTitle.ADVANCED_WORKER)))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> as(cadre, () -> reviews.get(review.id()))).isInstanceOf(RecordNotFoundException.class);
        assertThat(as(cadre, () -> reviews.units(YEAR))).isEmpty();
    }

    @Test
    void ofTwoVotesOnTheSameVersionOnlyTheFirstIsKept() {
        EmulationReviewView review = nominate(withCouncil(open(head), 10), "NB015", EmulationTitle.ADVANCED_WORKER);
        NominationView read = review.nominations().get(0);

        as(head, () -> reviews.vote(review.id(), read.id(), read.version(), 7, 3));
        assertThatThrownBy(() -> as(head, () -> reviews.vote(review.id(), read.id(), read.version(), 2, 8)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);

        NominationView kept = as(head, () -> reviews.get(review.id())).nominations().get(0);
        assertThat(kept.votesFor()).isEqualTo(7);
        assertThat(kept.outcome()).isEqualTo(NominationOutcome.CHOSEN);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_type = 'EMULATION_REVIEW'"
                + " and action = 'EMULATION_VOTE_RECORDED' and record_id = ?", Long.class, review.id())).isEqualTo(1);
    }

    @Test
    void theClosedMeetingIsReadOnlyAndEveryStepIsAudited() {
        EmulationReviewView review = nominate(open(head), "NB015", EmulationTitle.ADVANCED_WORKER);
        EmulationReviewView unvoted = review;
        assertThatThrownBy(() -> as(head, () -> reviews.close(unvoted.id(), unvoted.version())))
                .isInstanceOfSatisfying(RuleRefusedException.class, refused -> assertThat(refused.messageKey())
                        .isEqualTo("emulation.review.refusal.minutesIncomplete"));
        review = withCouncil(review, 7);
        EmulationReviewView voted = vote(review, review.nominations().get(0).id(), 5, 2);
        EmulationReviewView closed = as(head, () -> reviews.close(voted.id(), voted.version()));

        assertThat(closed.status()).isEqualTo(EmulationReviewStatus.CLOSED);
        assertThat(closed.conducts()).isFalse();
        assertThat(closed.minutes().chair()).isEqualTo("Trịnh Đình Phong");
        assertThatThrownBy(() -> as(head, () -> reviews.recordMinutes(closed.id(), closed.version(),
                closed.minutes()))).isInstanceOfSatisfying(RuleRefusedException.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("emulation.review.refusal.closed"));
        assertThat(jdbc.queryForList("select action from audit_entry where record_type = 'EMULATION_REVIEW'"
                + " and record_id = ? order by id", String.class, closed.id())).containsExactly(
                "EMULATION_REVIEW_OPENED", "EMULATION_NOMINATED", "EMULATION_MINUTES_RECORDED",
                "EMULATION_VOTE_RECORDED", "EMULATION_REVIEW_CLOSED");
        // What the meeting chose is what the dossier reads (EmulationRecords.chosen, one truth).
        assertThat(context.getBean(EmulationRecords.class).chosen(fixture.unit(), YEAR))
                .extracting(ChosenNomination::title).containsExactly(EmulationTitle.ADVANCED_WORKER);
    }

    EmulationReviewView open(Actor actor) {
        return as(actor, () -> reviews.open(fixture.unit(), YEAR));
    }

    EmulationReviewView withCouncil(EmulationReviewView review, int members) {
        return as(head, () -> reviews.recordMinutes(review.id(), review.version(), new ReviewMinutes(
                LocalDate.of(YEAR, 12, 12), members, "Trịnh Đình Phong", "Hà Quốc Bảo", "Họp bình xét năm 2140")));
    }

    EmulationReviewView nominate(EmulationReviewView review, String code, EmulationTitle title) {
        return as(head, () -> reviews.nominate(review.id(), review.version(), Nominee.person(fixture.cadre(code)),
                title));
    }

    EmulationReviewView vote(EmulationReviewView review, long nominationId, int votesFor, int votesAgainst) {
        long version = review.nominations().stream().filter(n -> n.id() == nominationId).findFirst().orElseThrow()
                .version();
        return as(head, () -> reviews.vote(review.id(), nominationId, version, votesFor, votesAgainst));
    }

    CandidateEligibility candidate(String code) {
        return as(head, () -> eligibility.ofUnit(fixture.unit(), YEAR)).candidate(Nominee.person(fixture.cadre(code)))
                .orElseThrow();
    }

    static EmulationReason reason(CandidateEligibility candidate, EmulationTitle title, EmulationReasonCode code) {
        return candidate.title(title).orElseThrow().reasons().stream().filter(reason -> reason.code() == code)
                .findFirst().orElseThrow();
    }

    String text(RuleRefusedException refused) {
        return messages.getMessage(refused.messageKey(), refused.arguments().toArray(), VIETNAMESE);
    }

    static <T> T as(Actor actor, java.util.function.Supplier<T> work) {
        return TestActors.runAs(actor, work);
    }
}

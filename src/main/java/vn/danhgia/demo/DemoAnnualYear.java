package vn.danhgia.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.danhgia.annual.NewReviewMeeting;
import vn.danhgia.annual.ReviewAttendeeCapacity;
import vn.danhgia.annual.ReviewItemStatus;
import vn.danhgia.annual.ReviewMeetingKind;
import vn.danhgia.annual.ReviewMeetingView;
import vn.danhgia.annual.ReviewMeetings;
import vn.danhgia.annual.SelfReviewContent;
import vn.danhgia.annual.SelfReviewService;
import vn.danhgia.annual.SelfReviewStatus;
import vn.danhgia.annual.SelfReviewView;
import vn.danhgia.annual.YearlyBoard;
import vn.danhgia.annual.YearlyRatingView;
import vn.danhgia.annual.YearlyRatings;
import vn.danhgia.annual.YearlyTrack;
import vn.danhgia.organization.CadreView;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.organization.OrganizationService;
import vn.danhgia.organization.UnitView;
import vn.danhgia.platform.ActingAs;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.Role;
import vn.danhgia.platform.RuleRefusedException;
import vn.danhgia.platform.accounts.UserAccount;
import vn.danhgia.platform.accounts.UserAccountRepository;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.scheme.YearUnderReview;

/**
 * DEMO ONLY: the annual review (kiểm điểm năm, issue 13 §8) half-way through, on whatever day the demo starts. The
 * year is {@link YearUnderReview}'s: the one whose review falls in the coming December from July on, else in the last
 * one (as the ward's memberships are placed). Everything goes through the annual services as the person who would do each step, so the
 * pages, forms and audit trail agree:
 * <ul>
 *   <li>Văn phòng UBND tỉnh Ninh Bình: the self-reviews of Phòng Kinh tế's head and deputies (Mẫu 02B with
 *   self-scores) and its Mẫu 01 submitted; Phòng Kinh tế's meeting closed with opinions and votes; the leadership's
 *   meeting open with the collective closed and the head next (seed 003 §I.2, §2.1–2.3); the department's yearly
 *   ratings gathered, the deputies proposed, the collective decided so the head's cap shows.</li>
 *   <li>Đảng bộ phường Nguyễn Nghiêm: Chi bộ Tổ dân phố 1's meeting closed in order, its newly admitted member not
 *   reviewed (seed 004 §II.1, §II.2.1.1, §VI); the Ban Chấp hành's meeting open with the collective closed; the
 *   cells' yearly ratings decided by the Đảng ủy phường through its Bí thư (seed 004 §V.2, §VII.2), one cell's
 *   announced.</li>
 * </ul>
 * On with {@code danhgia.demo.annual.enabled} (the demo profile's file); does nothing once Phòng Kinh tế's head has
 * submitted his self-review of the year, so restarts change nothing.
 */
@Component
@Profile("demo")
@Order(40)
class DemoAnnualYear implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAnnualYear.class);
    static final String OFFICE_LEADERSHIP = "VPUB-NB.LD";
    static final String DEPARTMENT = "VPUB-NB.KT";
    static final List<String> DEPARTMENT_PEOPLE = List.of("NB013", "NB014", "NB015");
    static final String CELL = "DB-NN.TDP1";
    static final String CELL_SECRETARY = "NN113";
    static final String CELL_DEPUTY = "NN115";
    static final String EXECUTIVE = "DB-NN.BCH";
    static final String WARD_SECRETARY = "NN001";
    static final String WARD_STANDING_DEPUTY = "NN002";
    static final String WARD_PERSONNEL = "NN017";
    static final String WARD_OFFICE = "P-NN.UBND.VP";
    static final String WARD_PARTY = "DB-NN";
    static final String REGULAR_CELL = "DB-NN.CA";
    static final String UNDECIDED_CELL = "DB-NN.TDP2";
    private static final String SAMPLE = " (dữ liệu mẫu)";

    private final SelfReviewService selfReviews;
    private final ReviewMeetings meetings;
    private final YearlyRatings ratings;
    private final OrganizationQueries organization;
    private final OrganizationService organizationService;
    private final UserAccountRepository accounts;
    private final ActingAs acting;
    private final Clock clock;
    private final YearUnderReview yearUnderReview;
    private final boolean enabled;

    DemoAnnualYear(SelfReviewService selfReviews, ReviewMeetings meetings, YearlyRatings ratings,
                   OrganizationQueries organization, OrganizationService organizationService,
                   UserAccountRepository accounts, ActingAs acting, Clock clock, YearUnderReview yearUnderReview,
                   @Value("${danhgia.demo.annual.enabled:false}") boolean enabled) {
        this.selfReviews = selfReviews;
        this.meetings = meetings;
        this.ratings = ratings;
        this.organization = organization;
        this.organizationService = organizationService;
        this.accounts = accounts;
        this.acting = acting;
        this.clock = clock;
        this.yearUnderReview = yearUnderReview;
        this.enabled = enabled;
    }

    /** The day the demo's meetings were held: 10 December of the year, or today when that is still to come. */
    static LocalDate heldOn(LocalDate today, int year) {
        LocalDate planned = LocalDate.of(year, 12, 10);
        return planned.isAfter(today) ? today : planned;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || organization.unitByCode(DEPARTMENT).isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        int year = yearUnderReview.on(today);
        Actor head = person("NB013");
        if (acting.run(head, () -> selfReviews.findMine(year)).filter(
                review -> review.status() != SelfReviewStatus.DRAFT).isPresent()) {
            log.info("Demo annual year {} already present", year);
            return;
        }
        step("self-reviews", () -> selfReviews(year));
        step("department meeting", () -> departmentMeeting(year, today));
        step("leadership meeting", () -> leadershipMeeting(year, today));
        step("yearly ratings", () -> departmentRatings(year));
        if (organization.unitByCode(CELL).isPresent()) {
            step("ward personnel office", this::wardOffice);
            step("ward cell meeting", () -> cellMeeting(year, today));
            step("ward executive meeting", () -> executiveMeeting(year, today));
            step("ward yearly ratings", () -> wardRatings(year));
        }
        log.info("Demo only: annual review {} prepared (self-reviews, meetings, yearly ratings)", year);
    }

    private void step(String what, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException failed) {
            log.warn("Demo annual year: {} not prepared", what, failed);
        }
    }

    // --- Văn phòng UBND tỉnh ---

    private void selfReviews(int year) {
        for (String code : DEPARTMENT_PEOPLE) {
            Actor person = person(code);
            acting.run(person, () -> fillAndSubmit(selfReviews.openMine(year), code.equals("NB013") ? "GOOD"
                    : "EXCELLENT"));
        }
        long department = unit(DEPARTMENT).id().value();
        acting.run(person("NB013"), () -> fillAndSubmit(selfReviews.openCollective(department, year), "GOOD"));
    }

    private SelfReviewView fillAndSubmit(SelfReviewView opened, String level) {
        if (opened.status() != SelfReviewStatus.DRAFT) {
            return opened;
        }
        Map<String, String> sections = new LinkedHashMap<>();
        for (SelfReviewView.Section section : opened.sections()) {
            sections.put(section.code(), section.text() == null || section.text().isBlank()
                    ? "Hoàn thành các nhiệm vụ được giao trong năm, đúng tiến độ và chất lượng" + SAMPLE + "."
                    : section.text());
        }
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        for (SelfReviewView.FrameItem item : opened.frame()) {
            // Nine tenths of each item's points: a leader's honest, not perfect, self-score.
            scores.put(item.code(), item.maxPoints().multiply(new BigDecimal("0.9")).setScale(0, RoundingMode.DOWN));
        }
        SelfReviewView saved = selfReviews.save(opened.id(), opened.version(),
                new SelfReviewContent(sections, level, scores));
        return selfReviews.submit(saved.id(), saved.version());
    }

    private void departmentMeeting(int year, LocalDate today) {
        Actor head = person("NB013");
        ReviewMeetingView meeting = acting.run(head, () -> meetings.open(new NewReviewMeeting(
                unit(DEPARTMENT).id().value(), year, ReviewMeetingKind.DEPARTMENT, heldOn(today, year),
                "Phòng họp tầng 2, Văn phòng UBND tỉnh", cadre("NB013").id().value(),
                cadre("NB015").id().value())));
        meeting = opinion(head, meeting, 1, "NB014",
                "Đồng chí cần phân công công việc trong phòng đều hơn, đôn đốc sát hơn các việc quá hạn" + SAMPLE + ".");
        meeting = opinion(head, meeting, 2, "NB013",
                "Đồng chí chủ động, tham mưu kịp thời; cần nâng cao chất lượng văn bản thẩm định" + SAMPLE + ".");
        meeting = reviewAll(head, meeting, Integer.MAX_VALUE);
        ReviewMeetingView done = meeting;
        acting.run(head, () -> meetings.close(done.id(), done.version()));
    }

    /**
     * Seed 003 §2.3: the key cadres' conference (hội nghị cán bộ chủ chốt) of the office's leadership, with the
     * superiors who must attend, consolidating the departments' meetings. The collective is reviewed first (seed 003
     * §I.2), voted by the leaders who sit in it; the head is next, left for the demo's visitor.
     */
    private void leadershipMeeting(int year, LocalDate today) {
        Actor personnel = account("tochuc");
        ReviewMeetingView meeting = acting.run(personnel, () -> meetings.open(new NewReviewMeeting(
                unit(OFFICE_LEADERSHIP).id().value(), year, ReviewMeetingKind.KEY_CADRES, heldOn(today, year),
                "Phòng họp số 1, Văn phòng UBND tỉnh", cadre("NB001").id().value(),
                cadre("NB006").id().value())));
        Map<ReviewAttendeeCapacity, String> superiors = new LinkedHashMap<>();
        superiors.put(ReviewAttendeeCapacity.PARTY_CADRES_COMMITTEE, "Đại diện Ban cán sự đảng UBND tỉnh" + SAMPLE);
        superiors.put(ReviewAttendeeCapacity.BLOC_PARTY_COMMITTEE, "Đại diện Đảng ủy các cơ quan tỉnh" + SAMPLE);
        superiors.put(ReviewAttendeeCapacity.HOME_AFFAIRS, "Đại diện Sở Nội vụ" + SAMPLE);
        for (Map.Entry<ReviewAttendeeCapacity, String> superior : superiors.entrySet()) {
            ReviewMeetingView current = meeting;
            meeting = acting.run(personnel, () -> meetings.addAttendee(current.id(), current.version(),
                    superior.getKey(), null, superior.getValue()));
        }
        reviewAll(personnel, meeting, 1);
    }

    private void departmentRatings(int year) {
        long department = unit(DEPARTMENT).id().value();
        acting.run(account("tochuc"), () -> ratings.gather(department, year));
        Actor authority = account("thamquyen");
        YearlyBoard board = acting.run(authority, () -> ratings.board(department, year));
        long headId = cadre("NB013").id().value();
        Actor head = person("NB013");
        // The department's meeting has voted most proposals (source MEETING); the head enters the ones it did not.
        for (YearlyRatingView rating : board.ratings()) {
            if (rating.track() == YearlyTrack.STATE && rating.cadreId() != null && rating.cadreId() != headId
                    && rating.proposedLevel() == null) {
                acting.run(head, () -> ratings.propose(rating.id(), rating.version(), RatingLevel.GOOD,
                        "Theo kết quả họp kiểm điểm của phòng" + SAMPLE + "."));
            }
        }
        // Seed 004 §VII.2: the collective first, then its head not above it; the head's cap shows on the board.
        YearlyRatingView collective = board.ratings().stream()
                .filter(rating -> rating.track() == YearlyTrack.COLLECTIVE).findFirst().orElseThrow();
        acting.run(authority, () -> ratings.decide(collective.id(), collective.version(), RatingLevel.COMPLETED,
                "Còn nhiệm vụ chậm tiến độ trong năm" + SAMPLE + "."));
        board.ratings().stream().filter(rating -> rating.track() == YearlyTrack.STATE
                        && rating.cadreId() != null && rating.cadreId() == headId).findFirst()
                .ifPresent(rating -> acting.run(authority, () -> ratings.decide(rating.id(), rating.version(),
                        RatingLevel.COMPLETED, "Không cao hơn mức của tập thể phòng" + SAMPLE + ".")));
    }

    // --- Đảng bộ phường Nguyễn Nghiêm ---

    /** The ward office's civil servant who keeps the committee's review work serves the Đảng bộ (seed 004 §VI). */
    private void wardOffice() {
        organizationService.serveUnit(unit(WARD_OFFICE).id(), unit(WARD_PARTY).id());
    }

    private void cellMeeting(int year, LocalDate today) {
        Actor secretary = person(WARD_PERSONNEL);
        ReviewMeetingView meeting = acting.run(secretary, () -> meetings.open(new NewReviewMeeting(
                unit(CELL).id().value(), year, ReviewMeetingKind.PARTY_CELL, heldOn(today, year),
                "Nhà văn hóa Tổ dân phố 1", cadre(CELL_SECRETARY).id().value(), cadre(CELL_DEPUTY).id().value())));
        ReviewMeetingView current = meeting;
        meeting = acting.run(secretary, () -> meetings.addAttendee(current.id(), current.version(),
                ReviewAttendeeCapacity.STANDING_COMMITTEE_MEMBER, cadre(WARD_STANDING_DEPUTY).id().value(),
                cadre(WARD_STANDING_DEPUTY).fullName()));
        ReviewMeetingView withMember = meeting;
        meeting = acting.run(secretary, () -> meetings.addAttendee(withMember.id(), withMember.version(),
                ReviewAttendeeCapacity.COMMITTEE_STAFF, null, "Cán bộ Văn phòng Đảng ủy phường" + SAMPLE));
        meeting = opinion(secretary, meeting, 1, CELL_DEPUTY,
                "Chi bộ duy trì sinh hoạt đều đặn; cần đổi mới nội dung sinh hoạt chuyên đề" + SAMPLE + ".");
        meeting = reviewAll(secretary, meeting, Integer.MAX_VALUE);
        ReviewMeetingView done = meeting;
        acting.run(secretary, () -> meetings.close(done.id(), done.version()));
    }

    private void executiveMeeting(int year, LocalDate today) {
        Actor secretary = person(WARD_PERSONNEL);
        ReviewMeetingView meeting = acting.run(secretary, () -> meetings.open(new NewReviewMeeting(
                unit(EXECUTIVE).id().value(), year, ReviewMeetingKind.COLLECTIVE, heldOn(today, year),
                "Hội trường Đảng ủy phường", cadre(WARD_SECRETARY).id().value(),
                cadre(WARD_STANDING_DEPUTY).id().value())));
        reviewAll(secretary, meeting, 1);
    }

    /**
     * Seed 004 §V.2 and §VII: the ward's yearly ratings gathered by its office, decided by the Đảng ủy phường through
     * its Bí thư. Chi bộ Công an phường: the cell decided, its secretary not above it (he is refused above, so he
     * stands at the cell's level, the cap shown). Chi bộ Tổ dân phố 1: the members' levels proposed by the cell's
     * meeting, the cell decided and its secretary decided above it (a chi bộ tổ dân phố, not capped), every member
     * decided and the results announced, so its members may complain. Chi bộ Tổ dân phố 2 and the Ban Chấp hành are
     * gathered and left to the demo's visitor.
     */
    private void wardRatings(int year) {
        Actor office = person(WARD_PERSONNEL);
        Actor committee = person(WARD_SECRETARY);
        for (String place : List.of(EXECUTIVE, REGULAR_CELL, CELL, UNDECIDED_CELL)) {
            long unit = unit(place).id().value();
            acting.run(office, () -> ratings.gather(unit, year));
        }
        long regular = unit(REGULAR_CELL).id().value();
        decideCell(committee, regular, year, RatingLevel.COMPLETED);
        YearlyRatingView regularHead = head(committee, regular, year);
        try {
            acting.run(committee, () -> ratings.decide(regularHead.id(), regularHead.version(), RatingLevel.GOOD,
                    "Đề xuất của chi bộ" + SAMPLE + "."));
            log.warn("Demo annual year: the head of {} was rated above his cell", REGULAR_CELL);
        } catch (RuleRefusedException capped) {
            // Seed 004 §VII.2: refused above the cell, as the rule says; he is rated at the cell's level.
            acting.run(committee, () -> ratings.decide(regularHead.id(), regularHead.version(), RatingLevel.COMPLETED,
                    "Không cao hơn mức của chi bộ" + SAMPLE + "."));
        }
        long residential = unit(CELL).id().value();
        decideCell(committee, residential, year, RatingLevel.COMPLETED);
        YearlyRatingView residentialHead = head(committee, residential, year);
        acting.run(committee, () -> ratings.decide(residentialHead.id(), residentialHead.version(), RatingLevel.GOOD,
                "Bí thư chi bộ tổ dân phố, không bị giới hạn bởi mức của chi bộ (mục VII.2)" + SAMPLE + "."));
        for (YearlyRatingView member : acting.run(committee, () -> ratings.board(residential, year)).ratings()) {
            if (member.decidedLevel() == null && member.cadreId() != null) {
                RatingLevel level = member.proposedLevel() != null ? member.proposedLevel() : RatingLevel.COMPLETED;
                acting.run(committee, () -> ratings.decide(member.id(), member.version(), level,
                        "Theo kết quả kiểm điểm của chi bộ" + SAMPLE + "."));
            }
        }
        acting.run(committee, () -> ratings.announce(residential, year));
    }

    private void decideCell(Actor committee, long cell, int year, RatingLevel level) {
        YearlyRatingView collective = acting.run(committee, () -> ratings.board(cell, year)).ratings().stream()
                .filter(rating -> rating.track() == YearlyTrack.COLLECTIVE).findFirst().orElseThrow();
        acting.run(committee, () -> ratings.decide(collective.id(), collective.version(), level,
                "Còn nội dung sinh hoạt chi bộ chưa đạt yêu cầu" + SAMPLE + "."));
    }

    private YearlyRatingView head(Actor committee, long cell, int year) {
        return acting.run(committee, () -> ratings.board(cell, year)).ratings().stream()
                .filter(rating -> rating.cadreId() != null && rating.headsUnit()).findFirst().orElseThrow();
    }

    // --- helpers ---

    /** An opinion about the agenda's item {@code number} (1 = the first) by the given person. */
    private ReviewMeetingView opinion(Actor manager, ReviewMeetingView meeting, int number, String speaker,
                                      String content) {
        Optional<ReviewMeetingView.Item> item = meeting.items().stream().filter(i -> i.number() == number)
                .findFirst();
        if (item.isEmpty()) {
            return meeting;
        }
        return acting.run(manager, () -> meetings.recordOpinion(meeting.id(), meeting.version(), item.get().id(),
                cadre(speaker).id().value(), null, content));
    }

    /** Votes on and closes the pending items in agenda order, at most {@code limit} of them. */
    private ReviewMeetingView reviewAll(Actor manager, ReviewMeetingView opened, int limit) {
        ReviewMeetingView meeting = opened;
        Map<Long, Boolean> absent = new LinkedHashMap<>();
        opened.attendees().stream().filter(a -> a.capacity().votes() && !a.present())
                .forEach(a -> absent.put(a.id(), true));
        if (!absent.isEmpty()) {
            // Everyone came: the members are recorded present before the votes.
            meeting = acting.run(manager, () -> meetings.recordAttendance(opened.id(), opened.version(), absent,
                    Map.of()));
        }
        int closed = 0;
        for (ReviewMeetingView.Item item : opened.items()) {
            if (closed >= limit) {
                break;
            }
            if (item.status() != ReviewItemStatus.PENDING) {
                continue;
            }
            int present = (int) Math.max(1, meeting.presentVotingMembers());
            // Most vote GOOD; one in three of the persons has a vote split towards COMPLETED.
            Map<RatingLevel, Integer> votes = item.number() % 3 == 0 && present > 1
                    ? Map.of(RatingLevel.GOOD, present - 1, RatingLevel.COMPLETED, 1)
                    : Map.of(RatingLevel.GOOD, present);
            ReviewMeetingView current = meeting;
            ReviewMeetingView voted = acting.run(manager, () -> meetings.recordVote(current.id(), current.version(),
                    item.id(), votes));
            meeting = acting.run(manager, () -> meetings.closeItem(voted.id(), voted.version(), item.id()));
            closed++;
        }
        return meeting;
    }

    private UnitView unit(String code) {
        return organization.unitByCode(code).orElseThrow(() -> new IllegalStateException("demo unit " + code));
    }

    private CadreView cadre(String code) {
        return organization.cadreByCode(code).orElseThrow(() -> new IllegalStateException("demo cadre " + code));
    }

    private Actor account(String username) {
        return accounts.findByUsername(username).map(UserAccount::actor).orElseThrow(
                () -> new IllegalStateException("demo account " + username));
    }

    /** The cadre's demo account, or the person as the services would see a cadre heading their unit. */
    private Actor person(String code) {
        CadreView cadre = cadre(code);
        return java.util.stream.Stream.concat(DemoUsers.USERS.stream(), DemoUsers.WARD_USERS.stream())
                .filter(user -> user.cadreCode().equals(code))
                .map(user -> accounts.findByUsername(user.username())).flatMap(Optional::stream).findFirst()
                .map(UserAccount::actor)
                .orElseGet(() -> new Actor(0, "demo-" + code, cadre.fullName(), Optional.of(cadre.id().value()),
                        EnumSet.of(Role.CADRE, Role.UNIT_HEAD)));
    }
}

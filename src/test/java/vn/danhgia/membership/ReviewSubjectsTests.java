package vn.danhgia.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import vn.danhgia.organization.CadreId;
import vn.danhgia.organization.EmploymentKind;
import vn.danhgia.organization.OrganizationService;
import vn.danhgia.organization.PositionRank;
import vn.danhgia.platform.AuditEntryView;
import vn.danhgia.platform.AuditTrail;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.rules.annual.NotReviewedReason;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.TestActors;

/** Who is reviewed where (seed 004 §II.1, §II.2) on a ward slice of the test year 2091. */
@DemoDataTest
class ReviewSubjectsTests {

    @Autowired
    OrganizationService organization;

    @Autowired
    MembershipAdministration administration;

    @Autowired
    ReviewSubjects subjects;

    @Autowired
    AuditTrail audit;

    @Autowired
    TestActors testActors;

    WardMother ward;

    @BeforeEach
    void buildWard() {
        ward = as(() -> new WardMother(organization, administration).build());
    }

    @Test
    void membersOfTheWardAreListedAtTheirCellWithTheReasonTheyAreLeftOut() {
        // Seed 004 §II.1 "trừ đảng viên được miễn công tác và sinh hoạt đảng ...; đảng viên mới kết nạp chưa đủ 6 tháng".
        List<Reviewee> reviewees = subjects.revieweesUnder(ward.dangBo, WardMother.REVIEW);

        assertThat(reviewees).extracting(Reviewee::cadre).containsExactlyInAnyOrder(ward.biThuCadre,
                ward.phoBiThuCadre, ward.uyVienCadre, ward.memberAtCell, ward.newMember, ward.exemptMember);
        assertThat(find(reviewees, ward.newMember).notReviewedReason())
                .contains(NotReviewedReason.ADMITTED_UNDER_SIX_MONTHS);
        assertThat(find(reviewees, ward.exemptMember).notReviewedReason()).contains(NotReviewedReason.EXEMPT);
        Reviewee hoa = find(reviewees, ward.memberAtCell);
        assertThat(hoa.reviewed()).isTrue();
        assertThat(hoa.cell()).isEqualTo(ward.chiBoToDanPho3);
        assertThat(hoa.cellName()).isEqualTo("Chi bộ Tổ dân phố 3");
        assertThat(hoa.employmentKind()).isEqualTo(EmploymentKind.WORKER);
    }

    @Test
    void theNewMemberIsReviewedTheDaySixMonthsAreComplete() {
        // Admitted 16/06/2091: "đủ 6 tháng" on 16/12/2091.
        assertThat(subjects.reviewee(ward.newMember, LocalDate.of(2091, 12, 16)).reviewed()).isTrue();
        assertThat(subjects.reviewee(ward.newMember, WardMother.REVIEW).reviewed()).isFalse();
    }

    @Test
    void aLeaderIsAlsoReviewedBeforeEachCollectiveTheyBelongTo() {
        // Seed 004 §II.2: "Các đồng chí Ủy viên Ban Chấp hành Đảng bộ phường kiểm điểm trước tập thể Ban Chấp hành
        // Đảng bộ phường; trước tập thể lãnh đạo, quản lý cơ quan, đơn vị mà mình là thành viên".
        Reviewee hung = subjects.reviewee(ward.biThuCadre, WardMother.REVIEW);

        assertThat(hung.leader()).isTrue();
        assertThat(hung.cell()).isEqualTo(ward.chiBoKhoiCoQuan);
        assertThat(hung.collectives()).extracting(CollectiveSeat::unit, CollectiveSeat::kind, CollectiveSeat::rank)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(ward.banChapHanh, SubjectKind.PARTY_EXECUTIVE_COMMITTEE,
                                PositionRank.HEAD),
                        org.assertj.core.groups.Tuple.tuple(ward.ubnd, SubjectKind.PEOPLE_COMMITTEE,
                                PositionRank.HEAD));
        Reviewee tuan = subjects.reviewee(ward.uyVienCadre, WardMother.REVIEW);
        assertThat(tuan.collectives()).extracting(CollectiveSeat::rank).containsExactly(PositionRank.MEMBER);
    }

    @Test
    void aNonMemberHasNoCellAndIsReviewedAtTheirWorkplace() {
        Reviewee my = subjects.reviewee(ward.nonMember, WardMother.REVIEW);

        assertThat(my.partyMember()).isFalse();
        assertThat(my.cell()).isNull();
        assertThat(my.workplace()).isEqualTo(ward.ubnd);
        assertThat(my.leader()).isFalse();
        assertThat(my.reviewed()).isTrue();
        assertThat(subjects.revieweesUnder(ward.ubnd, WardMother.REVIEW)).extracting(Reviewee::cadre)
                .containsExactlyInAnyOrder(ward.biThuCadre, ward.nonMember);
    }

    @Test
    void collectivesUnderTheWardAreReviewedAtTheirOwnLevelWithTheirHead() {
        // Seed 004 §II.1 "Tập thể: Ban Chấp hành Đảng bộ phường; chi ủy chi bộ trực thuộc"; §VII.2 the residential cell.
        List<CollectiveSubject> collectives = subjects.collectivesUnder(ward.dangBo, WardMother.REVIEW);

        assertThat(collectives).extracting(CollectiveSubject::unit).containsExactlyInAnyOrder(ward.dangBo,
                ward.banChapHanh, ward.chiBoKhoiCoQuan, ward.chiBoToDanPho3);
        CollectiveSubject bch = collectives.stream().filter(c -> c.unit().equals(ward.banChapHanh)).findFirst()
                .orElseThrow();
        assertThat(bch.kind()).isEqualTo(SubjectKind.PARTY_EXECUTIVE_COMMITTEE);
        assertThat(bch.head()).map(Seat::cadre).contains(ward.biThuCadre);
        assertThat(bch.members()).extracting(Seat::rank).containsExactly(PositionRank.HEAD, PositionRank.DEPUTY,
                PositionRank.MEMBER);
        assertThat(collectives).filteredOn(CollectiveSubject::residentialCell).extracting(CollectiveSubject::unit)
                .containsExactly(ward.chiBoToDanPho3);
    }

    @Test
    void aCellThatIsNotAPartyCellAndDatesBeforeAdmissionAreRefusedField() {
        CadreId someone = as(() -> ward.cadre("20", "Ngô Thị Thu", true, EmploymentKind.WORKER));
        MembershipChange wrong = new MembershipChange(ward.ubnd, LocalDate.of(2000, 1, 10), LocalDate.of(1999, 1, 10),
                null, LocalDate.of(1999, 12, 31));

        assertThatThrownBy(() -> as(() -> administration.record(someone, wrong, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.violations())
                        .extracting(FieldViolation::field, FieldViolation::messageKey)
                        .containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("cell", "membership.error.cell-not-party-cell"),
                                org.assertj.core.groups.Tuple.tuple("officialOn", "membership.error.before-admission"),
                                org.assertj.core.groups.Tuple.tuple("suspendedSince",
                                        "membership.error.before-admission")));
        assertThat(subjects.membership(someone)).isEmpty();
    }

    @Test
    void aNonMemberCannotBeGivenAPartyCell() {
        assertThatThrownBy(() -> as(() -> administration.record(ward.nonMember, new MembershipChange(
                ward.chiBoKhoiCoQuan, LocalDate.of(2000, 1, 10), null, null, null), null)))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.violations())
                        .extracting(FieldViolation::messageKey).containsExactly("membership.error.not-party-member"));
    }

    @Test
    void aChangeBasedOnAnOldVersionIsRefusedAndEveryChangeIsAudited() {
        PartyMembershipView before = subjects.membership(ward.memberAtCell).orElseThrow();
        MembershipChange suspended = new MembershipChange(before.cell(), before.admittedOn(), before.officialOn(),
                null, LocalDate.of(2091, 10, 1));
        PartyMembershipView after = as(() -> administration.record(ward.memberAtCell, suspended, before.version()));

        assertThat(after.suspendedSince()).isEqualTo(LocalDate.of(2091, 10, 1));
        assertThat(subjects.reviewee(ward.memberAtCell, WardMother.REVIEW).notReviewedReason())
                .contains(NotReviewedReason.SUSPENDED);
        assertThatThrownBy(() -> as(() -> administration.record(ward.memberAtCell, suspended, before.version())))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(audit.ofRecord("PARTY_MEMBERSHIP", ward.memberAtCell.value())).extracting(AuditEntryView::action)
                .containsExactly("PARTY_MEMBERSHIP_RECORDED", "PARTY_MEMBERSHIP_CHANGED");
    }

    @Test
    void theAnnualAuthorityOfAPostComesBeforeTheOneForEveryoneUnderTheWard() {
        // Seed 004 §V.1: the BCH proposes to BTV Thành ủy for the Bí thư; §V.2: the Đảng ủy rates all party members.
        as(() -> {
            administration.assignAuthority(AuthoritySubject.position(ward.biThu), AuthorityKind.PROPOSES_TO,
                    ward.banChapHanh, ward.thanhUy, WardMother.TERM_START, "Kế hoạch 79-KH/ĐU, mục V.1");
            administration.assignAuthority(AuthoritySubject.everyoneUnder(ward.dangBo), AuthorityKind.RATES,
                    ward.dangBo, null, WardMother.TERM_START, "Kế hoạch 79-KH/ĐU, mục V.2");
            administration.assignAuthority(AuthoritySubject.collective(ward.chiBoToDanPho3), AuthorityKind.RATES,
                    ward.dangBo, null, WardMother.TERM_START, "Kế hoạch 79-KH/ĐU, mục V.2");
            return null;
        });

        AnnualAuthorityView hung = subjects.authorityFor(ward.biThuCadre, WardMother.REVIEW);
        assertThat(hung.entries()).extracting(AnnualAuthorityView.Entry::kind, AnnualAuthorityView.Entry::recipient)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AuthorityKind.PROPOSES_TO, ward.thanhUy));
        AnnualAuthorityView hoa = subjects.authorityFor(ward.memberAtCell, WardMother.REVIEW);
        assertThat(hoa.rater()).map(AnnualAuthorityView.Entry::authority).contains(ward.dangBo);
        assertThat(hoa.rater()).map(AnnualAuthorityView.Entry::basis).contains("Kế hoạch 79-KH/ĐU, mục V.2");
        assertThat(subjects.authorityForCollective(ward.chiBoToDanPho3, WardMother.REVIEW).rater())
                .map(AnnualAuthorityView.Entry::authorityName).contains("Đảng bộ phường Nguyễn Nghiêm");
        assertThat(subjects.authorityFor(ward.nonMember, WardMother.REVIEW).isEmpty()).isTrue();
        assertThat(subjects.authorityFor(ward.memberAtCell, LocalDate.of(2090, 12, 15)).isEmpty()).isTrue();
    }

    private static Reviewee find(List<Reviewee> reviewees, CadreId cadre) {
        return reviewees.stream().filter(reviewee -> reviewee.cadre().equals(cadre)).findFirst().orElseThrow();
    }

    private <T> T as(Supplier<T> work) {
        return TestActors.runAs(testActors.account("tochuc"), work);
    }
}

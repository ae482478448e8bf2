package vn.danhgia.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.danhgia.organization.CadreId;
import vn.danhgia.organization.CadreWithPosition;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.organization.PositionRank;
import vn.danhgia.organization.UnitId;
import vn.danhgia.rules.annual.NotReviewedReason;
import vn.danhgia.support.DemoDataTest;

/**
 * The demo's ward (seed 004, Kế hoạch 79-KH/ĐU) and the Ninh Bình office's annual authority (seed 003 §II.1), read on
 * the demo's review date. Reads only.
 */
@DemoDataTest
public class MembershipDemoDataTests {

    @Autowired
    ReviewSubjects subjects;

    @Autowired
    OrganizationQueries organization;

    /**
     * The review date the demo loaded the ward for (15/12 of the year it started in), read back from the suspended
     * member (NN126, suspended two months before it), since other tests of this context move the clock.
     */
    public static LocalDate review(ReviewSubjects subjects, OrganizationQueries organization) {
        CadreId suspended = organization.cadreByCode("NN126").orElseThrow().id();
        return subjects.membership(suspended).orElseThrow().suspendedSince().plusMonths(2);
    }

    private LocalDate review() {
        return review(subjects, organization);
    }

    private UnitId unit(String code) {
        return organization.unitByCode(code).orElseThrow().id();
    }

    @Test
    void theWardHasAboutSixtyPartyMembersWithTwoExemptOneSuspendedAndTwoNew() {
        // Seed 004 §II.1: "trừ đảng viên được miễn công tác và sinh hoạt đảng, ... bị đình chỉ sinh hoạt đảng; đảng
        // viên mới kết nạp chưa đủ 6 tháng".
        List<Reviewee> reviewees = subjects.revieweesUnder(unit("P-NN"), review());
        List<Reviewee> members = reviewees.stream().filter(Reviewee::partyMember).toList();

        assertThat(members).hasSizeBetween(55, 65).allSatisfy(member -> assertThat(member.cell()).isNotNull());
        Map<NotReviewedReason, Long> reasons = members.stream().filter(member -> !member.reviewed())
                .collect(Collectors.groupingBy(member -> member.notReviewed(), Collectors.counting()));
        assertThat(reasons).containsExactlyInAnyOrderEntriesOf(Map.of(NotReviewedReason.EXEMPT, 2L,
                NotReviewedReason.SUSPENDED, 1L, NotReviewedReason.ADMITTED_UNDER_SIX_MONTHS, 2L));
        assertThat(reviewees).filteredOn(reviewee -> !reviewee.partyMember()).isNotEmpty()
                .allSatisfy(reviewee -> assertThat(reviewee.cell()).isNull());
    }

    @Test
    void theWardsCollectivesAreTheOnesSeed004Lists() {
        // Seed 004 §II.1 "Tập thể": BCH Đảng bộ, chi ủy of the cells, Thường trực HĐND, UBND, Ban Thường trực UB MTTQ,
        // Ban Thường vụ of the mass organisations; §VII.2 the chi bộ tổ dân phố.
        List<CollectiveSubject> collectives = subjects.collectivesUnder(unit("P-NN"), review());
        Map<SubjectKind, Long> kinds = collectives.stream()
                .collect(Collectors.groupingBy(CollectiveSubject::kind, Collectors.counting()));

        assertThat(kinds).containsEntry(SubjectKind.PARTY_EXECUTIVE_COMMITTEE, 1L)
                .containsEntry(SubjectKind.COUNCIL_STANDING_BODY, 1L).containsEntry(SubjectKind.PEOPLE_COMMITTEE, 1L)
                .containsEntry(SubjectKind.FRONT_STANDING_BOARD, 1L)
                .containsEntry(SubjectKind.MASS_ORGANIZATION_STANDING_BOARD, 4L)
                .containsEntry(SubjectKind.PARTY_ORGANIZATION, 7L);
        assertThat(collectives).filteredOn(CollectiveSubject::residentialCell).hasSize(3);
        CollectiveSubject bch = collectives.stream()
                .filter(c -> c.kind() == SubjectKind.PARTY_EXECUTIVE_COMMITTEE).findFirst().orElseThrow();
        assertThat(bch.head()).map(Seat::fullName).contains("Nguyễn Văn Hùng");
        assertThat(bch.members()).extracting(Seat::rank).contains(PositionRank.DEPUTY, PositionRank.MEMBER);
        CollectiveSubject people = collectives.stream()
                .filter(c -> c.kind() == SubjectKind.PEOPLE_COMMITTEE).findFirst().orElseThrow();
        assertThat(people.members()).extracting(Seat::positionTitle)
                .containsOnly("Chủ tịch UBND phường", "Phó Chủ tịch UBND phường");
    }

    @Test
    void theWardsSecretaryIsProposedToTheCityStandingCommitteeAndMembersAreRatedByTheWardCommittee() {
        // Seed 004 §V.1 and §V.2.
        CadreId secretary = organization.cadreByCode("NN001").orElseThrow().id();
        AnnualAuthorityView authority = subjects.authorityFor(secretary, review());
        assertThat(authority.rater()).map(AnnualAuthorityView.Entry::authorityName)
                .contains("Ban Thường vụ Thành ủy Quảng Ngãi");
        assertThat(authority.entries()).anySatisfy(entry -> {
            assertThat(entry.kind()).isEqualTo(AuthorityKind.PROPOSES_TO);
            assertThat(entry.authorityName()).startsWith("Ban Chấp hành Đảng bộ phường");
        });
        CadreId member = organization.cadreByCode("NN105").orElseThrow().id();
        assertThat(subjects.authorityFor(member, review()).rater()).map(AnnualAuthorityView.Entry::basis)
                .contains("Kế hoạch 79-KH/ĐU ngày 15/11/2023 của Đảng ủy phường, mục V.2");
        Reviewee hung = subjects.reviewee(secretary, review());
        assertThat(hung.leader()).isTrue();
        assertThat(hung.collectives()).extracting(CollectiveSeat::kind).contains(SubjectKind.PARTY_EXECUTIVE_COMMITTEE);
    }

    @Test
    void theOfficesLeadersSitInTheLeadershipCollectiveWhoseAgendaTheyAreOn() {
        // Seed 003 §I.2, §2.3: the key cadres' conference reviews the Lãnh đạo Văn phòng, then the Chánh, then the
        // Phó Chánh Văn phòng. They hold their posts in the office; the collective has none of its own, so it seats
        // them, as the authorities read it (seed 000 §III.1.1).
        CollectiveSubject leadership = subjects.collective(unit("VPUB-NB.LD"), review()).orElseThrow();
        assertThat(leadership.head()).map(Seat::positionTitle).contains("Chánh Văn phòng");
        assertThat(leadership.members()).hasSizeGreaterThan(1).extracting(Seat::rank)
                .containsOnly(PositionRank.HEAD, PositionRank.DEPUTY);
        assertThat(subjects.collectivesUnder(unit("VPUB-NB"), review()))
                .filteredOn(collective -> collective.unit().equals(unit("VPUB-NB.LD"))).singleElement()
                .satisfies(collective -> assertThat(collective.members()).isEqualTo(leadership.members()));
        CadreId chief = leadership.head().orElseThrow().cadre();
        assertThat(subjects.reviewee(chief, review()).collectives()).extracting(CollectiveSeat::unit)
                .contains(unit("VPUB-NB.LD"));
        // A collective with seats of its own keeps them: the ward's Ban Chấp hành, whose Bí thư also heads the Đảng bộ.
        CollectiveSubject executive = subjects.collective(unit("DB-NN.BCH"), review()).orElseThrow();
        assertThat(executive.members()).extracting(Seat::positionTitle).doesNotContain("Bí thư Đảng bộ phường");
        assertThat(subjects.collective(unit("DB-NN"), review()).orElseThrow().head()).map(Seat::fullName)
                .contains("Nguyễn Văn Hùng");
    }

    @Test
    void theOfficeFollowsSeed003SectionII1() {
        Map<String, CadreWithPosition> posts = organization.cadresWithPositions(review()).stream()
                .filter(post -> post.cadreCode().startsWith("NB"))
                .collect(Collectors.toMap(post -> post.positionTitle() + "|" + post.unitName(), Function.identity(),
                        (a, b) -> a));
        CadreId chief = posts.get("Chánh Văn phòng|Văn phòng UBND tỉnh Ninh Bình").cadreId();
        CadreId deputy = posts.get("Phó Chánh Văn phòng|Văn phòng UBND tỉnh Ninh Bình").cadreId();
        CadreId guestHouseDirector = posts.get("Giám đốc|Nhà khách tỉnh").cadreId();

        assertThat(subjects.authorityFor(chief, review()).rater()).map(AnnualAuthorityView.Entry::authorityName)
                .contains("Ban Thường vụ Tỉnh ủy Ninh Bình");
        assertThat(subjects.authorityFor(deputy, review()).rater()).map(AnnualAuthorityView.Entry::authorityName)
                .contains("Ban cán sự đảng UBND tỉnh Ninh Bình");
        assertThat(subjects.authorityFor(guestHouseDirector, review()).entries())
                .extracting(AnnualAuthorityView.Entry::kind).containsExactly(AuthorityKind.RATES);
        assertThat(subjects.authorityForCollective(unit("VPUB-NB.LD"), review()).rater())
                .map(AnnualAuthorityView.Entry::authorityName).contains("Ban Thường vụ Tỉnh ủy Ninh Bình");
        CadreId economist = organization.cadreByCode("NB014").orElseThrow().id();
        assertThat(subjects.authorityFor(economist, review()).rater()).map(AnnualAuthorityView.Entry::authorityName)
                .contains("Văn phòng UBND tỉnh Ninh Bình");
        assertThat(subjects.reviewee(economist, review()).cellName()).isEqualTo("Chi bộ Phòng Kinh tế");
    }
}

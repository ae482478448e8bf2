package vn.danhgia.membership.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.danhgia.support.TestActors.runAs;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.danhgia.membership.AnnualAuthorityRow;
import vn.danhgia.membership.AuthorityChange;
import vn.danhgia.membership.AuthorityKind;
import vn.danhgia.membership.AuthoritySubject;
import vn.danhgia.membership.MembershipAdministration;
import vn.danhgia.membership.ReviewSubjectRow;
import vn.danhgia.membership.SubjectChange;
import vn.danhgia.membership.SubjectKind;
import vn.danhgia.organization.NewUnit;
import vn.danhgia.organization.OrganizationService;
import vn.danhgia.organization.UnitId;
import vn.danhgia.organization.UnitKind;
import vn.danhgia.platform.AccessRefusedException;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.TestActors;

/**
 * The administrator's review subjects and annual authorities (issue 13 §2; seed 004 §II.1 names the standing bodies
 * reviewed as collectives, seed 004 §V and seed 003 §II.1 the annual authorities): a new Mặt trận Tổ quốc phường and
 * its Ban Thường trực, checked field by field in Vietnamese, changed only from the version read, audited, and for the
 * administrator only.
 */
@DemoDataTest
class ReviewSetupPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestActors actors;

    @Autowired
    MembershipAdministration administration;

    @Autowired
    OrganizationService organization;

    @Autowired
    JdbcTemplate jdbc;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    Actor admin;
    UnitId front;
    UnitId wardCommittee;

    @BeforeEach
    void aWardFront() {
        admin = actors.account("admin");
        runAs(admin, () -> {
            wardCommittee = organization.createUnit(new NewUnit(tag + ".DU", "Đảng ủy phường Thử nghiệm (thẩm quyền)",
                    UnitKind.PARTY_COMMITTEE, null));
            front = organization.createUnit(new NewUnit(tag + ".MT", "Ban Thường trực UBMTTQ phường Thử nghiệm",
                    UnitKind.AGENCY, null));
            return null;
        });
    }

    @Test
    void theAdministratorMarksTheFrontsStandingBoardAndCorrectsItFromTheVersionRead() {
        ReviewSubjectRow saved = runAs(admin, () -> administration.saveSubject(null, null,
                new SubjectChange(front, SubjectKind.FRONT_STANDING_BOARD, false)));

        assertThat(runAs(admin, administration::subjectRows)).extracting(ReviewSubjectRow::unitName)
                .contains("Ban Thường trực UBMTTQ phường Thử nghiệm");
        ReviewSubjectRow changed = runAs(admin, () -> administration.saveSubject(saved.id(), saved.version(),
                new SubjectChange(front, SubjectKind.MASS_ORGANIZATION_STANDING_BOARD, false)));
        assertThat(changed.kind()).isEqualTo(SubjectKind.MASS_ORGANIZATION_STANDING_BOARD);
        assertThatThrownBy(() -> runAs(admin, () -> administration.saveSubject(saved.id(), saved.version(),
                new SubjectChange(front, SubjectKind.FRONT_STANDING_BOARD, false))))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(jdbc.queryForList("select action from audit_entry where record_type = 'REVIEW_SUBJECT' "
                + "and record_id = ? order by id", String.class, saved.id()))
                .containsExactly("REVIEW_SUBJECT_RECORDED", "REVIEW_SUBJECT_CHANGED");
    }

    @Test
    void aResidentialFlagOnAnythingButACellAndAUnitMarkedTwiceAreRefusedBesideTheirFields() {
        runAs(admin, () -> administration.saveSubject(null, null,
                new SubjectChange(front, SubjectKind.FRONT_STANDING_BOARD, false)));

        assertThatThrownBy(() -> runAs(admin, () -> administration.saveSubject(null, null,
                new SubjectChange(front, SubjectKind.FRONT_STANDING_BOARD, true))))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.violations())
                        .extracting(violation -> violation.field() + " " + violation.messageKey())
                        .containsExactlyInAnyOrder("unit membership.error.subject-exists",
                                "residential membership.error.residential-not-cell"));
    }

    @Test
    void anAuthorityRowIsCheckedRecordedAndChanged() {
        // Seed 004 §V.1: the ward committee proposes to a higher body; a proposal needs the body it goes to.
        assertThatThrownBy(() -> runAs(admin, () -> administration.saveAuthority(null, null, new AuthorityChange(
                AuthoritySubject.collective(front), AuthorityKind.PROPOSES_TO, wardCommittee, null,
                LocalDate.of(2019, 1, 1), LocalDate.of(2018, 1, 1), " "))))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.violations())
                        .extracting(violation -> violation.field() + " " + violation.messageKey())
                        .containsExactlyInAnyOrder("recipient membership.error.required",
                                "validTo membership.error.end-before-start", "basis membership.error.required"));

        AnnualAuthorityRow saved = runAs(admin, () -> administration.saveAuthority(null, null, new AuthorityChange(
                AuthoritySubject.collective(front), AuthorityKind.RATES, wardCommittee, null,
                LocalDate.of(2019, 1, 1), null, "Kế hoạch 79-KH/ĐU, mục V.2")));
        AnnualAuthorityRow ended = runAs(admin, () -> administration.saveAuthority(saved.id(), saved.version(),
                new AuthorityChange(AuthoritySubject.collective(front), AuthorityKind.RATES, wardCommittee, null,
                        LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31), "Kế hoạch 79-KH/ĐU, mục V.2")));

        assertThat(ended.validTo()).isEqualTo(LocalDate.of(2019, 12, 31));
        assertThat(ended.subjectName()).isEqualTo("Ban Thường trực UBMTTQ phường Thử nghiệm");
        assertThat(jdbc.queryForList("select action from audit_entry where record_type = 'REVIEW_AUTHORITY' "
                + "and record_id = ? order by id", String.class, saved.id()))
                .containsExactly("REVIEW_AUTHORITY_RECORDED", "REVIEW_AUTHORITY_CHANGED");
    }

    @Test
    void onlyTheAdministratorChangesThem() {
        assertThatThrownBy(() -> runAs(actors.account("tochuc"), () -> administration.saveSubject(null, null,
                new SubjectChange(front, SubjectKind.FRONT_STANDING_BOARD, false))))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> runAs(actors.account("thamquyen"), administration::authorityRows))
                .isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void thePagesShowTheRowsAndTheRefusalsBesideTheField() throws Exception {
        mvc.perform(get("/admin/review-subjects").with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đối tượng kiểm điểm là tập thể")));
        mvc.perform(post("/admin/review-subjects").with(as("admin")).with(csrf())
                        .param("unit", String.valueOf(front.value())).param("kind", "FRONT_STANDING_BOARD"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/admin/review-subjects"));
        mvc.perform(post("/admin/review-subjects").with(as("admin")).with(csrf())
                        .param("unit", String.valueOf(front.value())).param("kind", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Đơn vị này đã có trong danh sách; hãy sửa dòng đã có")))
                .andExpect(content().string(containsString("Bắt buộc nhập")));

        mvc.perform(post("/admin/annual-authorities").with(as("admin")).with(csrf())
                        .param("scope", "POSITION").param("positionCode", "KHONG-CO").param("kind", "RATES")
                        .param("authority", String.valueOf(wardCommittee.value())).param("validFrom", "2019-01-01")
                        .param("basis", "Kế hoạch 79-KH/ĐU"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Không có chức vụ hoặc đơn vị này")));
        mvc.perform(post("/admin/annual-authorities").with(as("admin")).with(csrf())
                        .param("scope", "EVERYONE_UNDER").param("subjectUnit", String.valueOf(front.value()))
                        .param("kind", "RATES").param("authority", String.valueOf(wardCommittee.value()))
                        .param("validFrom", "2019-01-01").param("basis", "Kế hoạch 79-KH/ĐU, mục V.2"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/admin/annual-authorities"));
        mvc.perform(get("/admin/annual-authorities").with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mọi người thuộc đơn vị")))
                .andExpect(content().string(containsString("Kế hoạch 79-KH/ĐU, mục V.2")));
    }

    @Test
    void otherRolesAreRefusedThePages() throws Exception {
        for (String user : new String[] {"canbo", "truongphong", "tochuc", "thamquyen"}) {
            mvc.perform(get("/admin/review-subjects").with(as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/admin/annual-authorities").with(as(user))).andExpect(status().isForbidden());
            mvc.perform(post("/admin/review-subjects").with(as(user)).with(csrf())
                            .param("unit", String.valueOf(front.value())).param("kind", "FRONT_STANDING_BOARD"))
                    .andExpect(status().isForbidden());
        }
    }

    private RequestPostProcessor as(String username) {
        return TestActors.as(actors.account(username));
    }
}

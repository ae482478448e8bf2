package vn.danhgia.rules.annual;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.danhgia.rules.annual.SelfReviewFormChoice.Employment;
import vn.danhgia.rules.annual.SelfReviewFormChoice.Form;
import vn.danhgia.rules.annual.SelfReviewFormChoice.Person;

/** Seed 003 §2.2 b (Hướng dẫn 07-HD/TU): who fills Mẫu 02A, 02B, 02C or the decree's form; §2.1 a: Mẫu 01. */
class SelfReviewFormChoiceTests {

    @Test
    void partyMemberCivilServantInALeadingPostFills2B() {
        // Seed 003 §2.2 b, first indent: "đảng viên là công chức, viên chức lãnh đạo, quản lý ... Mẫu số 02B".
        assertThat(form(true, Employment.CIVIL_SERVANT, true)).isEqualTo(Form.MAU_2B);
        assertThat(form(true, Employment.PUBLIC_EMPLOYEE, true)).isEqualTo(Form.MAU_2B);
    }

    @Test
    void partyMemberCivilServantWithoutALeadingPostFills2A() {
        // Seed 003 §2.2 b, second indent: "không giữ chức vụ lãnh đạo, quản lý ... Mẫu số 02A".
        assertThat(form(true, Employment.CIVIL_SERVANT, false)).isEqualTo(Form.MAU_2A);
        assertThat(form(true, Employment.PUBLIC_EMPLOYEE, false)).isEqualTo(Form.MAU_2A);
        assertThat(form(true, Employment.CADRE, false)).isEqualTo(Form.MAU_2A);
    }

    @Test
    void partyMemberWhoIsNeitherCivilServantNorPublicEmployeeFills2C() {
        // Seed 003 §2.2 b, third indent: "đảng viên không là công chức, viên chức ... Mẫu số 02C".
        assertThat(form(true, Employment.WORKER, false)).isEqualTo(Form.MAU_2C);
        assertThat(form(true, Employment.NONE, false)).isEqualTo(Form.MAU_2C);
    }

    @Test
    void nonMembersFollowTheDecreeAndTheAgencysRules() {
        // Seed 003 §2.2 b, last indent: CC, VC and workers "chưa là đảng viên": "theo Nghị định của Chính phủ".
        assertThat(form(false, Employment.CIVIL_SERVANT, false)).isEqualTo(Form.CIVIL_SERVICE);
        assertThat(form(false, Employment.PUBLIC_EMPLOYEE, false)).isEqualTo(Form.CIVIL_SERVICE);
        assertThat(form(false, Employment.WORKER, false)).isEqualTo(Form.CIVIL_SERVICE);
    }

    @Test
    void aLeaderWhoIsNotAPartyMemberStillFills2B() {
        // Seed 003 §2.1 a: "Mỗi cá nhân [Lãnh đạo Văn phòng] làm 01 bản kiểm điểm theo Mẫu số 02B".
        assertThat(form(false, Employment.CIVIL_SERVANT, true)).isEqualTo(Form.MAU_2B);
    }

    @Test
    void aWorkerInALeadingPostWhoIsNotAMemberStaysOnTheDecreesForm() {
        // Seed 003 §2.2 b names 2B for CC/VC leaders; a worker is neither.
        assertThat(form(false, Employment.WORKER, true)).isEqualTo(Form.CIVIL_SERVICE);
    }

    @Test
    void aNonMemberWithNoPostInAPublicBodyMakesNoForm() {
        SelfReviewFormChoice.Choice choice = SelfReviewFormChoice.forPerson(new Person(false, Employment.NONE, false));
        assertThat(choice.chosen()).isFalse();
        assertThat(choice.reasonKey()).isEqualTo("rule.self-review.not-reviewed");
    }

    @Test
    void aCollectiveReportsOnMau01() {
        // Seed 003 §2.1 a "theo Mẫu số 01-HD KĐ.ĐG"; seed 004 §III.1 "(theo Mẫu 01)".
        assertThat(SelfReviewFormChoice.forCollective()).isEqualTo(Form.MAU_01);
        assertThat(Form.MAU_01.collective()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Form.class)
    void onlyTheLeadersFormCarriesTheCriteriaFrame(Form form) {
        // Seed 003 §2.1 a item (2) "Bản kiểm điểm cá nhân kèm khung tiêu chí đánh giá"; §2.2 d for heads of department.
        assertThat(form.scoresCriteriaFrame()).isEqualTo(form == Form.MAU_2B);
    }

    private static Form form(boolean partyMember, Employment employment, boolean leader) {
        return SelfReviewFormChoice.forPerson(new Person(partyMember, employment, leader)).form();
    }
}

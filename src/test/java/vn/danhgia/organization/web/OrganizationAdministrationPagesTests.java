package vn.danhgia.organization.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.danhgia.organization.AppointmentKind;
import vn.danhgia.organization.AppointmentView;
import vn.danhgia.organization.CadreId;
import vn.danhgia.organization.EmploymentKind;
import vn.danhgia.organization.NewCadre;
import vn.danhgia.organization.OrganizationAdministration;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.organization.OrganizationService;
import vn.danhgia.organization.PositionView;
import vn.danhgia.organization.ScopeRole;
import vn.danhgia.organization.ScopeView;
import vn.danhgia.organization.SpecialCase;
import vn.danhgia.organization.SpecialCaseKind;
import vn.danhgia.organization.UnitView;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.AuditEntryView;
import vn.danhgia.platform.AuditTrail;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.TestActors;

/**
 * Issue 12, administration pages: units, positions, appointments (with a transfer or promotion) and management scopes
 * are created and changed in the UI, each change validated beside its field, guarded by its version and audited.
 * Dates in 2066–2069 only, so no other test meets these records.
 */
@DemoDataTest
class OrganizationAdministrationPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestActors testActors;
    @Autowired
    OrganizationQueries organization;
    @Autowired
    OrganizationService service;
    @Autowired
    AuditTrail auditTrail;

    private Actor admin() {
        return testActors.account("admin");
    }

    @Test
    void anAdministratorCreatesAUnitBelowAnotherAndRenamesItWithAnAuditEntry() throws Exception {
        UnitView parent = createUnit("ADM-A", "Sở Thử nghiệm A", "AGENCY", null);
        UnitView child = createUnit("ADM-A.KT", "Phòng Kinh tế thử", "DEPARTMENT", parent.id().value());
        assertThat(child.parent()).isEqualTo(parent.id());

        mvc.perform(post("/admin/organization/units/{id}", child.id().value()).with(csrf()).with(TestActors.as(admin()))
                        .param("code", "ADM-A.KTTH").param("name", "Phòng Kinh tế - Tổng hợp thử")
                        .param("kind", "DEPARTMENT").param("parent", String.valueOf(parent.id().value()))
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection());

        UnitView renamed = organization.unit(child.id()).orElseThrow();
        assertThat(renamed.code()).isEqualTo("ADM-A.KTTH");
        assertThat(renamed.name()).isEqualTo("Phòng Kinh tế - Tổng hợp thử");
        List<AuditEntryView> trail = auditTrail.ofRecord(OrganizationAdministration.UNIT, child.id().value());
        assertThat(trail).extracting(AuditEntryView::action).containsExactly("UNIT_CREATED", "UNIT_CHANGED");
        assertThat(trail.get(1).before()).contains("ADM-A.KT\"", "Phòng Kinh tế thử");
        assertThat(trail.get(1).after()).contains("ADM-A.KTTH", "Tổng hợp thử");
        assertThat(trail.get(1).actorUsername()).isEqualTo("admin");
        assertThat(page("/admin/organization/units")).contains("data-code=\"ADM-A.KTTH\"");
    }

    @Test
    void aTakenCodeAndAMissingNameAreShownBesideTheirFieldsAndNothingIsSaved() throws Exception {
        createUnit("ADM-B", "Sở Thử nghiệm B", "AGENCY", null);
        int unitsBefore = organization.units().size();

        String taken = mvc.perform(post("/admin/organization/units").with(csrf()).with(TestActors.as(admin()))
                        .param("code", "ADM-B").param("name", "Sở khác").param("kind", "AGENCY").param("parent", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String unnamed = mvc.perform(post("/admin/organization/units").with(csrf()).with(TestActors.as(admin()))
                        .param("code", "ADM-B2").param("name", " ").param("kind", "AGENCY").param("parent", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(taken).contains("Mã ADM-B đã được sử dụng.", "is-invalid");
        assertThat(unnamed).contains("Chưa nhập giá trị này.", "is-invalid");
        assertThat(organization.units()).hasSize(unitsBefore);
    }

    @Test
    void aUnitCannotBePlacedBelowItsOwnUnit() throws Exception {
        UnitView top = createUnit("ADM-C", "Sở Thử nghiệm C", "AGENCY", null);
        UnitView below = createUnit("ADM-C.VP", "Văn phòng Sở C", "DEPARTMENT", top.id().value());

        String html = mvc.perform(post("/admin/organization/units/{id}", top.id().value()).with(csrf())
                        .with(TestActors.as(admin())).param("code", "ADM-C").param("name", "Sở Thử nghiệm C")
                        .param("kind", "AGENCY").param("parent", String.valueOf(below.id().value()))
                        .param("version", "0"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Không thể đặt Sở Thử nghiệm C trực thuộc Văn phòng Sở C");
        assertThat(organization.unit(top.id()).orElseThrow().parent()).isNull();
    }

    @Test
    void aStaleFormIsRefusedWithAMessageAndTheNewerChangeStays() throws Exception {
        UnitView unit = createUnit("ADM-D", "Sở Thử nghiệm D", "AGENCY", null);
        mvc.perform(post("/admin/organization/units/{id}", unit.id().value()).with(csrf()).with(TestActors.as(admin()))
                        .param("code", "ADM-D").param("name", "Sở D (tên mới)").param("kind", "AGENCY")
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection());

        String html = mvc.perform(post("/admin/organization/units/{id}", unit.id().value()).with(csrf())
                        .with(TestActors.as(admin())).param("code", "ADM-D").param("name", "Sở D (tên cũ)")
                        .param("kind", "AGENCY").param("version", "0"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Người khác vừa sửa hồ sơ này; không có gì được lưu.");
        assertThat(organization.unit(unit.id()).orElseThrow().name()).isEqualTo("Sở D (tên mới)");
    }

    @Test
    void aCadreMayNotOpenOrUseTheAdministrationPages() throws Exception {
        Actor canbo = testActors.account("canbo");
        mvc.perform(get("/admin/organization/units").with(TestActors.as(canbo))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/organization/appointments").with(TestActors.as(canbo)))
                .andExpect(status().isForbidden());
        int unitsBefore = organization.units().size();
        mvc.perform(post("/admin/organization/units").with(csrf()).with(TestActors.as(canbo))
                        .param("code", "ADM-X").param("name", "Không được tạo").param("kind", "AGENCY"))
                .andExpect(status().isForbidden());
        assertThat(organization.units()).hasSize(unitsBefore);
    }

    @Test
    void aDateThatIsNotADateIsShownBesideItsFieldNotA500() throws Exception {
        CadreId cadre = cadre("ADM-CB1", "Phạm Văn Thử");
        PositionView post = createPosition(createUnit("ADM-E", "Sở Thử nghiệm E", "AGENCY", null),
                "ADM-E.PGD", "Phó Giám đốc Sở", "DEPUTY", true);

        String html = mvc.perform(post("/admin/organization/appointments").with(csrf()).with(TestActors.as(admin()))
                        .param("cadre", "ADM-CB1").param("position", String.valueOf(post.id().value()))
                        .param("start", "31/02/2066").param("kind", "FIRST_APPOINTMENT"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Giá trị không hợp lệ.", "is-invalid");
        assertThat(organization.appointmentHistory(cadre)).isEmpty();
    }

    /** Seed 002 §7 b): a leader transferred to another cơ quan on 20/8/2066 has under two months by 18/9/2066. */
    @Test
    void aTransferDuringTheQuarterEndsTheOldPostAndIsTheSpecialCaseTheRatingReads() throws Exception {
        CadreId cadre = cadre("ADM-CB2", "Trần Thị Điều Động");
        PositionView oldPost = createPosition(createUnit("ADM-F", "Sở Thử nghiệm F", "AGENCY", null),
                "ADM-F.PGD", "Phó Giám đốc Sở F", "DEPUTY", true);
        PositionView newPost = createPosition(createUnit("ADM-G", "Sở Thử nghiệm G", "AGENCY", null),
                "ADM-G.PGD", "Phó Giám đốc Sở G", "DEPUTY", true);
        appoint("ADM-CB2", oldPost, "2066-01-05", "FIRST_APPOINTMENT");
        AppointmentView held = organization.appointmentHistory(cadre).get(0);

        mvc.perform(post("/admin/organization/appointments/{id}/change", held.id().value()).with(csrf())
                        .with(TestActors.as(admin())).param("position", String.valueOf(newPost.id().value()))
                        .param("start", "2066-08-20").param("kind", "TRANSFER").param("version", "0"))
                .andExpect(status().is3xxRedirection());

        List<AppointmentView> history = organization.appointmentHistory(cadre);
        assertThat(history).extracting(AppointmentView::end).containsExactly(LocalDate.of(2066, 8, 19), null);
        List<SpecialCase> cases = organization.specialCases(cadre, 2066, 3, LocalDate.of(2066, 9, 18));
        assertThat(cases).extracting(SpecialCase::kind).containsExactly(SpecialCaseKind.MOVED_TO_NEW_UNIT);
        assertThat(cases.get(0).previousPosition()).isEqualTo(oldPost.id());
        assertThat(auditTrail.ofRecord(OrganizationAdministration.APPOINTMENT, held.id().value()))
                .extracting(AuditEntryView::action).containsExactly("CADRE_APPOINTED", "APPOINTMENT_ENDED");
        assertThat(auditTrail.ofRecord(OrganizationAdministration.APPOINTMENT, history.get(1).id().value()))
                .extracting(AuditEntryView::action).containsExactly("POST_CHANGED");
    }

    /** Seed 002 §7 a): promoted within the same cơ quan on 1/9/2067, rated on 18/9/2067. */
    @Test
    void aPromotionWithinTheAgencyIsThePromotedSpecialCase() throws Exception {
        CadreId cadre = cadre("ADM-CB3", "Lê Văn Thăng Chức");
        UnitView agency = createUnit("ADM-H", "Sở Thử nghiệm H", "AGENCY", null);
        PositionView deputy = createPosition(agency, "ADM-H.PGD", "Phó Giám đốc Sở H", "DEPUTY", true);
        PositionView head = createPosition(agency, "ADM-H.GD", "Giám đốc Sở H", "HEAD", true);
        appoint("ADM-CB3", deputy, "2067-02-01", "FIRST_APPOINTMENT");
        AppointmentView held = organization.appointmentHistory(cadre).get(0);

        mvc.perform(post("/admin/organization/appointments/{id}/change", held.id().value()).with(csrf())
                        .with(TestActors.as(admin())).param("position", String.valueOf(head.id().value()))
                        .param("start", "2067-09-01").param("kind", "PROMOTION").param("version", "0"))
                .andExpect(status().is3xxRedirection());

        assertThat(organization.specialCases(cadre, 2067, 3, LocalDate.of(2067, 9, 18)))
                .extracting(SpecialCase::kind).containsExactly(SpecialCaseKind.PROMOTED_WITHIN_UNIT);
    }

    @Test
    void aSecondMainPostOnTheSameDaysIsRefusedBesideTheStartButAConcurrentPostIsTaken() throws Exception {
        CadreId cadre = cadre("ADM-CB4", "Hoàng Thị Kiêm Nhiệm");
        UnitView agency = createUnit("ADM-K", "Sở Thử nghiệm K", "AGENCY", null);
        PositionView deputy = createPosition(agency, "ADM-K.PGD", "Phó Giám đốc Sở K", "DEPUTY", true);
        PositionView cell = createPosition(agency, "ADM-K.BT", "Bí thư Chi bộ Sở K", "HEAD", true);
        appoint("ADM-CB4", deputy, "2068-01-02", "FIRST_APPOINTMENT");

        String html = mvc.perform(post("/admin/organization/appointments").with(csrf()).with(TestActors.as(admin()))
                        .param("cadre", "ADM-CB4").param("position", String.valueOf(cell.id().value()))
                        .param("start", "2068-03-01").param("kind", "FIRST_APPOINTMENT"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Cán bộ đang giữ chức vụ chính Phó Giám đốc Sở K từ ngày 02/01/2068");
        assertThat(organization.appointmentHistory(cadre)).hasSize(1);

        appoint("ADM-CB4", cell, "2068-03-01", "CONCURRENT");
        assertThat(organization.appointmentsInForce(cadre, LocalDate.of(2068, 3, 1))).hasSize(2);
    }

    @Test
    void anEndBeforeTheStartIsShownBesideTheLastDay() throws Exception {
        CadreId cadre = cadre("ADM-CB5", "Vũ Thị Kết Thúc");
        PositionView post = createPosition(createUnit("ADM-L", "Sở Thử nghiệm L", "AGENCY", null),
                "ADM-L.PGD", "Phó Giám đốc Sở L", "DEPUTY", true);
        appoint("ADM-CB5", post, "2069-04-01", "FIRST_APPOINTMENT");
        AppointmentView held = organization.appointmentHistory(cadre).get(0);

        String html = mvc.perform(post("/admin/organization/appointments/{id}/end", held.id().value()).with(csrf())
                        .with(TestActors.as(admin())).param("end", "2069-03-31").param("version", "0"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Ngày kết thúc 31/03/2069 trước ngày bắt đầu 01/04/2069.", "is-invalid");
        assertThat(organization.appointmentHistory(cadre).get(0).end()).isNull();
    }

    @Test
    void anAdministratorAssignsAJointScopeAndEndsOneOfItsUnits() throws Exception {
        UnitView agency = createUnit("ADM-M", "Sở Thử nghiệm M", "AGENCY", null);
        UnitView committee = createUnit("ADM-M.DU", "Đảng ủy Sở M", "PARTY_COMMITTEE", null);
        PositionView head = createPosition(agency, "ADM-M.GD", "Giám đốc Sở M", "HEAD", true);

        String missing = mvc.perform(post("/admin/organization/positions/{id}/scopes", head.id().value()).with(csrf())
                        .with(TestActors.as(admin())).param("role", "DECIDES").param("validFrom", "2069-01-01")
                        .param("basis", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(missing).contains("Chưa nhập giá trị này.");

        mvc.perform(post("/admin/organization/positions/{id}/scopes", head.id().value()).with(csrf())
                        .with(TestActors.as(admin())).param("role", "DECIDES")
                        .param("authority", String.valueOf(agency.id().value()), String.valueOf(committee.id().value()))
                        .param("validFrom", "2069-01-01").param("basis", "Quyết định thử số 1/2069"))
                .andExpect(status().is3xxRedirection());

        List<ScopeView> scopes = organization.scopesOf(head.id());
        assertThat(scopes).extracting(ScopeView::role).containsExactly(ScopeRole.DECIDES, ScopeRole.DECIDES);
        mvc.perform(post("/admin/organization/scopes/{id}/end", scopes.get(1).id().value()).with(csrf())
                        .with(TestActors.as(admin())).param("end", "2069-06-30").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        assertThat(organization.scopesOf(head.id())).extracting(ScopeView::validTo)
                .containsExactly(null, LocalDate.of(2069, 6, 30));
        assertThat(auditTrail.ofRecord(OrganizationAdministration.SCOPE, scopes.get(1).id().value()))
                .extracting(AuditEntryView::action).containsExactly("SCOPE_ASSIGNED", "SCOPE_ENDED");
        assertThat(page("/admin/organization/positions/" + head.id().value() + "/scopes"))
                .contains("Quyết định thử số 1/2069", "Đảng ủy Sở M");
    }

    private UnitView createUnit(String code, String name, String kind, Long parent) throws Exception {
        mvc.perform(post("/admin/organization/units").with(csrf()).with(TestActors.as(admin()))
                        .param("code", code).param("name", name).param("kind", kind)
                        .param("parent", parent == null ? "" : String.valueOf(parent)))
                .andExpect(status().is3xxRedirection());
        return organization.unitByCode(code).orElseThrow();
    }

    private PositionView createPosition(UnitView unit, String code, String title, String rank, boolean leader)
            throws Exception {
        mvc.perform(post("/admin/organization/positions").with(csrf()).with(TestActors.as(admin()))
                        .param("unit", String.valueOf(unit.id().value())).param("code", code).param("title", title)
                        .param("rank", rank).param("track", "GOVERNMENT").param("leader", String.valueOf(leader)))
                .andExpect(status().is3xxRedirection());
        return organization.positionByCode(code).orElseThrow();
    }

    private void appoint(String cadreCode, PositionView position, String start, String kind) throws Exception {
        mvc.perform(post("/admin/organization/appointments").with(csrf()).with(TestActors.as(admin()))
                        .param("cadre", cadreCode).param("position", String.valueOf(position.id().value()))
                        .param("start", start).param("kind", kind))
                .andExpect(status().is3xxRedirection());
    }

    private CadreId cadre(String code, String fullName) {
        return service.registerCadre(new NewCadre(code, fullName, LocalDate.of(1980, 5, 17), true,
                EmploymentKind.CIVIL_SERVANT));
    }

    private String page(String path) throws Exception {
        MvcResult result = mvc.perform(get(path).with(TestActors.as(admin()))).andExpect(status().isOk()).andReturn();
        return result.getResponse().getContentAsString();
    }
}

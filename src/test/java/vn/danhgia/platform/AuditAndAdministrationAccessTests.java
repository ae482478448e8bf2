package vn.danhgia.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.platform.accounts.UserAccount;
import vn.danhgia.platform.accounts.UserAccountChanges;
import vn.danhgia.platform.accounts.UserAccountRepository;
import vn.danhgia.platform.accounts.UserAdministration;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.TestActors;

/**
 * Issue items 1 and 6, per role: only administrators manage accounts (403 for everyone else, nothing changed);
 * administrators read the whole audit trail, every other demo account only the entries about their own records,
 * and another person's or a record's trail answers 404, guessed ids included.
 */
@DemoDataTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditAndAdministrationAccessTests {

    private static final String RECORD_TYPE = "TEST_WORK_PLAN";
    private static final long MAI_PLAN = 914_001;
    private static final long PHONG_PLAN = 913_001;
    private static final long GUESSED_CADRE = 987_654_321;

    @Autowired
    MockMvc mvc;
    @Autowired
    TestActors testActors;
    @Autowired
    AuditTrail auditTrail;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    OrganizationQueries organization;
    @Autowired
    UserAccountRepository accounts;
    @Autowired
    UserAdministration users;
    @Autowired
    MutableClock clock;

    private long maiCadre;
    private long phongCadre;
    private Instant recordedAt;

    /** Trịnh Đình Phong (NB013, trưởng phòng) submits his own plan and approves his deputy Lương Thị Mai's (NB014). */
    @BeforeAll
    void someoneActsOnTwoPlans() {
        maiCadre = organization.cadreByCode("NB014").orElseThrow().id().value();
        phongCadre = organization.cadreByCode("NB013").orElseThrow().id().value();
        recordedAt = clock.instant();
        TestActors.runAs(testActors.account("truongphong"), () -> transactions.execute(status -> {
            auditTrail.record(new AuditRecord("PLAN_SUBMITTED", RECORD_TYPE, PHONG_PLAN, phongCadre,
                    Map.of("status", "DRAFT"), Map.of("status", "SUBMITTED")));
            auditTrail.record(new AuditRecord("PLAN_APPROVED", RECORD_TYPE, MAI_PLAN, maiCadre,
                    Map.of("status", "SUBMITTED"), Map.of("status", "APPROVED")));
            return null;
        }));
    }

    // --- Administration: ADMIN only --------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"canbo", "truongphong", "tochuc", "thamquyen", "hoidong", "kiemtra"})
    void onlyAdministratorsSeeTheAccountPages(String username) throws Exception {
        long maiAccount = accounts.findByUsername("canbo").orElseThrow().getId();
        var actor = TestActors.as(testActors.account(username));
        mvc.perform(get("/admin/users").with(actor)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/users/new").with(actor)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/users/{id}", maiAccount).with(actor)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/users/{id}", GUESSED_CADRE).with(actor)).andExpect(status().isForbidden());
    }

    @Test
    void theAdministratorSeesTheAccountPages() throws Exception {
        long maiAccount = accounts.findByUsername("canbo").orElseThrow().getId();
        var admin = TestActors.as(testActors.account("admin"));
        mvc.perform(get("/admin/users").with(admin)).andExpect(status().isOk());
        mvc.perform(get("/admin/users/new").with(admin)).andExpect(status().isOk());
        mvc.perform(get("/admin/users/{id}", maiAccount).with(admin)).andExpect(status().isOk());
        mvc.perform(get("/admin/users/{id}", GUESSED_CADRE).with(admin)).andExpect(status().isNotFound());
    }

    @ParameterizedTest
    @ValueSource(strings = {"canbo", "truongphong", "tochuc", "thamquyen", "hoidong", "kiemtra"})
    void nobodyButAnAdministratorChangesAnAccount(String username) throws Exception {
        UserAccount mai = accounts.findByUsername("canbo").orElseThrow();
        var actor = TestActors.as(testActors.account(username));

        mvc.perform(post("/admin/users/{id}", mai.getId()).with(csrf()).with(actor)
                        .param("displayName", mai.getDisplayName()).param("roles", "ADMIN", "CADRE")
                        .param("enabled", "true").param("version", "" + mai.getVersion()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/users/{id}/password", mai.getId()).with(csrf()).with(actor)
                .param("version", "" + mai.getVersion())).andExpect(status().isForbidden());
        mvc.perform(post("/admin/users").with(csrf()).with(actor).param("username", "lam.quyen." + username)
                .param("displayName", "Lạm Quyền").param("roles", "ADMIN")).andExpect(status().isForbidden());

        UserAccount unchanged = accounts.findByUsername("canbo").orElseThrow();
        assertThat(unchanged.getRoles()).containsExactly(Role.CADRE);
        assertThat(unchanged.getPasswordHash()).isEqualTo(mai.getPasswordHash());
        assertThat(unchanged.getVersion()).isEqualTo(mai.getVersion());
        assertThat(accounts.existsByUsername("lam.quyen." + username)).isFalse();
    }

    /** The pages are also guarded by URL; the service refuses on its own, whatever calls it. */
    @ParameterizedTest
    @ValueSource(strings = {"canbo", "truongphong", "tochuc", "thamquyen", "hoidong", "kiemtra"})
    void theServiceRefusesNonAdministratorsByItself(String username) {
        UserAccount mai = accounts.findByUsername("canbo").orElseThrow();
        var actor = testActors.account(username);

        assertThatThrownBy(() -> TestActors.runAs(actor, () -> users.search("", PageRequest.of(0, 10))))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> TestActors.runAs(actor, () -> users.resetPassword(mai.getId(), mai.getVersion())))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> TestActors.runAs(actor, () -> users.update(mai.getId(), new UserAccountChanges(
                mai.getDisplayName(), null, null, java.util.Set.of(Role.ADMIN), true, mai.getVersion()))))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(accounts.findByUsername("canbo").orElseThrow().getVersion()).isEqualTo(mai.getVersion());
    }

    // --- Audit trail: everything for ADMIN, own records for everyone else ----------------------------------

    @Test
    void theAdministratorReadsEveryEntry() throws Exception {
        var admin = TestActors.as(testActors.account("admin"));
        mvc.perform(get("/api/v1/audit").param("recordType", RECORD_TYPE).with(admin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries[*].recordId", Matchers.contains((int) MAI_PLAN, (int) PHONG_PLAN)))
                .andExpect(jsonPath("$.entries[0].after.status").value("APPROVED"))
                .andExpect(jsonPath("$.entries[0].actorUsername").value("truongphong"));
        mvc.perform(get("/api/v1/audit/cadres/{id}", maiCadre).with(admin)).andExpect(status().isOk())
                .andExpect(jsonPath("$.entries[*].recordId", Matchers.hasItem((int) MAI_PLAN)));
        mvc.perform(get("/api/v1/audit/cadres/{id}", GUESSED_CADRE).with(admin)).andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/api/v1/audit/records/{type}/{id}", RECORD_TYPE, MAI_PLAN).with(admin))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].action").value("PLAN_APPROVED"))
                .andExpect(jsonPath("$[0].before.status").value("SUBMITTED"));

        String html = mvc.perform(get("/audit").param("recordType", RECORD_TYPE).with(admin))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // Issue 12 §4: the entries read as sentences with labelled values, not enum codes and raw JSON.
        assertThat(html).contains("Nhật ký hệ thống",
                "Trịnh Đình Phong đã duyệt kế hoạch công tác quý của Lương Thị Mai",
                "Trịnh Đình Phong đã nộp kế hoạch công tác quý của mình",
                DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Asia/Ho_Chi_Minh"))
                        .format(recordedAt), "Trạng thái", "Đã nộp", "Đã duyệt");
        assertThat(html).doesNotContain("&quot;status&quot;", ">APPROVED<", ">SUBMITTED<");
    }

    @Test
    void aCadreReadsTheEntriesAboutTheirOwnRecords() throws Exception {
        var mai = TestActors.as(testActors.account("canbo"));
        mvc.perform(get("/api/v1/audit").with(mai)).andExpect(status().isOk())
                .andExpect(jsonPath("$.entries[*].subjectCadreId", Matchers.everyItem(Matchers.is((int) maiCadre))))
                .andExpect(jsonPath("$.entries[*].recordId", Matchers.hasItem((int) MAI_PLAN)))
                .andExpect(jsonPath("$.entries[*].recordId", Matchers.not(Matchers.hasItem((int) PHONG_PLAN))));
        mvc.perform(get("/api/v1/audit/cadres/{id}", maiCadre).with(mai)).andExpect(status().isOk())
                .andExpect(jsonPath("$.entries[*].recordId", Matchers.hasItem((int) MAI_PLAN)));

        String html = mvc.perform(get("/audit").with(mai)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Nhật ký hồ sơ của tôi", "Hồ sơ khác số 914001")
                .doesNotContain("số 913001", "Nhật ký hệ thống");
    }

    @ParameterizedTest
    @ValueSource(strings = {"canbo", "truongphong", "tochuc", "thamquyen", "hoidong", "kiemtra"})
    void everyoneButTheAdministratorSeesOnlyTheirOwnEntries(String username) throws Exception {
        Actor actor = testActors.account(username);
        long own = actor.cadreId().orElseThrow();
        var as = TestActors.as(actor);

        mvc.perform(get("/api/v1/audit").param("size", "100").with(as)).andExpect(status().isOk())
                .andExpect(jsonPath("$.entries[*].subjectCadreId", Matchers.everyItem(Matchers.is((int) own))));
        mvc.perform(get("/api/v1/audit/cadres/{id}", own).with(as)).andExpect(status().isOk());
        mvc.perform(get("/audit").with(as)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/audit/records/{type}/{id}", RECORD_TYPE, MAI_PLAN).with(as))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/audit/records/{type}/{id}", RECORD_TYPE, GUESSED_CADRE).with(as))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/audit/cadres/{id}", GUESSED_CADRE).with(as)).andExpect(status().isNotFound());
        for (long other : List.of(maiCadre, phongCadre)) {
            if (other != own) {
                mvc.perform(get("/api/v1/audit/cadres/{id}", other).with(as)).andExpect(status().isNotFound());
            }
        }
    }

    /** The head of unit who made the decision still sees it only through his own record or a manager's view. */
    @Test
    void theActorOfAnEntryAboutSomeoneElseDoesNotSeeItAsTheirOwn() throws Exception {
        mvc.perform(get("/api/v1/audit").param("recordType", RECORD_TYPE)
                        .with(TestActors.as(testActors.account("truongphong"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries[*].recordId", Matchers.contains((int) PHONG_PLAN)));
    }

    @Test
    void unsignedCallersAreAskedToSignIn() throws Exception {
        mvc.perform(get("/api/v1/audit")).andExpect(status().isUnauthorized());
        mvc.perform(get("/audit")).andExpect(status().is3xxRedirection());
    }
}

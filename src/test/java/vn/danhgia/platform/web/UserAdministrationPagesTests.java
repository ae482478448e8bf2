package vn.danhgia.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.AuditEntryView;
import vn.danhgia.platform.AuditTrail;
import vn.danhgia.platform.Role;
import vn.danhgia.platform.VietnameseText;
import vn.danhgia.platform.accounts.IssuedPassword;
import vn.danhgia.platform.accounts.NewUserAccount;
import vn.danhgia.platform.accounts.UserAccount;
import vn.danhgia.platform.accounts.UserAccountRepository;
import vn.danhgia.platform.accounts.UserAdministration;
import vn.danhgia.platform.accounts.UserSummary;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.TestActors;

/**
 * Issue item 1: administrators manage users and their roles (several per person) in the UI; every change is in the
 * audit trail with the state before and after, never a password or its hash.
 */
@DemoDataTest
class UserAdministrationPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestActors testActors;
    @Autowired
    UserAccountRepository accounts;
    @Autowired
    UserAdministration users;
    @Autowired
    AuditTrail auditTrail;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    OrganizationQueries organization;

    private Actor admin() {
        return testActors.account("admin");
    }

    @Test
    void anAdministratorCreatesAnAccountForACadreWithSeveralRolesAndSeesThePasswordOnce() throws Exception {
        MvcResult created = mvc.perform(post("/admin/users").with(csrf()).with(TestActors.as(admin()))
                        .param("username", "nb030.hoidong").param("displayName", "").param("cadreCode", "NB030")
                        .param("roles", "CADRE", "COUNCIL_MEMBER").param("_roles", "on"))
                .andExpect(status().is3xxRedirection()).andReturn();

        IssuedPassword issued = (IssuedPassword) created.getFlashMap().get("issuedPassword");
        UserAccount account = accounts.findByUsername("nb030.hoidong").orElseThrow();
        assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/admin/users/" + account.getId());
        assertThat(account.getRoles()).containsExactlyInAnyOrder(Role.CADRE, Role.COUNCIL_MEMBER);
        long cadreId = organization.cadreByCode("NB030").orElseThrow().id().value();
        assertThat(account.getCadreId()).contains(cadreId);
        assertThat(account.getDisplayName()).isEqualTo(organization.cadreByCode("NB030").orElseThrow().fullName());
        assertThat(issued.password()).hasSize(16);
        assertThat(account.getPasswordHash()).startsWith("{bcrypt}");
        assertThat(passwordEncoder.matches(issued.password(), account.getPasswordHash())).isTrue();

        // The redirect's page, in the session the flash message was stored in (the session table).
        Cookie session = created.getResponse().getCookie("SESSION");
        String shown = mvc.perform(get("/admin/users/{id}", account.getId()).with(TestActors.as(admin()))
                .cookie(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(shown).contains(issued.password(), "Đã tạo tài khoản.");
        String again = page("/admin/users/" + account.getId());
        assertThat(again).doesNotContain(issued.password());

        List<AuditEntryView> trail = auditTrail.ofRecord(UserAdministration.RECORD_TYPE, account.getId());
        assertThat(trail).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("USER_CREATED");
            assertThat(entry.actorUsername()).isEqualTo("admin");
            assertThat(entry.subjectCadreId()).isEqualTo(cadreId);
            assertThat(entry.before()).isNull();
            assertThat(entry.after()).contains("COUNCIL_MEMBER", "NB030")
                    .doesNotContain(issued.password(), account.getPasswordHash(), "password");
        });
        mvc.perform(formLogin().user("nb030.hoidong").password(issued.password())).andExpect(authenticated());
    }

    @Test
    void invalidInputIsShownOnTheFormAndCreatesNothing() throws Exception {
        String html = mvc.perform(post("/admin/users").with(csrf()).with(TestActors.as(admin()))
                        .param("username", "canbo").param("displayName", "").param("cadreCode", "NB999")
                        .param("_roles", "on"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Tên đăng nhập canbo đã có người dùng.", "Không có cán bộ mã NB999.",
                "Cần chọn ít nhất một vai trò.");
        assertThat(accounts.findByUsername("canbo").orElseThrow().getDisplayName()).isEqualTo("Lương Thị Mai");
    }

    @Test
    void aCadreWhoAlreadyHasAnAccountCannotGetASecondOne() throws Exception {
        String html = mvc.perform(post("/admin/users").with(csrf()).with(TestActors.as(admin()))
                        .param("username", "mai.thu.hai").param("cadreCode", "NB014").param("roles", "CADRE"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Cán bộ mã NB014 đã gắn với tài khoản canbo.");
        assertThat(accounts.existsByUsername("mai.thu.hai")).isFalse();
    }

    @Test
    void searchMatchesWithOrWithoutDiacriticsAndSortsTheVietnameseWay() throws Exception {
        assertThat(page("/admin/users?q=luong thi mai")).contains("data-username=\"canbo\"")
                .doesNotContain("data-username=\"truongphong\"");
        assertThat(page("/admin/users?q=Lương")).contains("data-username=\"canbo\"");
        assertThat(page("/admin/users?q=TRUONGPHONG")).contains("data-username=\"truongphong\"");

        List<UserSummary> all = TestActors.runAs(admin(), () -> users.search("", PageRequest.of(0, 500)))
                .getContent();
        assertThat(all).extracting(summary -> VietnameseText.nameSortKey(summary.displayName())).isSorted();
        List<String> demo = all.stream().map(UserSummary::username)
                .filter(List.of("tochuc", "canbo", "truongphong", "thamquyen")::contains).toList();
        // By given name: Hùng, Mai, Phong, Thắng.
        assertThat(demo).containsExactly("tochuc", "canbo", "truongphong", "thamquyen");
    }

    @Test
    void theListIsPaginated() {
        for (int i = 1; i <= UserAdminController.PAGE_SIZE + 1; i++) {
            String username = "phan.trang." + i;
            TestActors.runAs(admin(), () -> users.create(new NewUserAccount(username,
                    "Phan Trang Số " + username.length(), null, null, Set.of(Role.CADRE))));
        }
        var first = TestActors.runAs(admin(), () -> users.search("phan trang", PageRequest.of(0, 20)));
        var second = TestActors.runAs(admin(), () -> users.search("phan trang", PageRequest.of(1, 20)));

        assertThat(first.getTotalElements()).isEqualTo(UserAdminController.PAGE_SIZE + 1);
        assertThat(first.getContent()).hasSize(20);
        assertThat(second.getContent()).hasSize(1);
    }

    @Test
    void changingRolesAndDisablingAreAuditedAndADisabledAccountCannotSignIn() throws Exception {
        IssuedPassword issued = TestActors.runAs(admin(), () -> users.create(new NewUserAccount(
                "nb031.tochuc", null, "NB031", null, Set.of(Role.CADRE))));
        UserAccount before = accounts.findById(issued.accountId()).orElseThrow();

        mvc.perform(post("/admin/users/{id}", before.getId()).with(csrf()).with(TestActors.as(admin()))
                        .param("displayName", before.getDisplayName()).param("cadreCode", "NB031")
                        .param("roles", "CADRE", "PERSONNEL_OFFICER").param("_roles", "on")
                        .param("_enabled", "on").param("version", "" + before.getVersion()))
                .andExpect(status().is3xxRedirection());

        UserAccount after = accounts.findById(before.getId()).orElseThrow();
        assertThat(after.getRoles()).containsExactlyInAnyOrder(Role.CADRE, Role.PERSONNEL_OFFICER);
        assertThat(after.isEnabled()).isFalse();
        List<AuditEntryView> trail = auditTrail.ofRecord(UserAdministration.RECORD_TYPE, before.getId());
        assertThat(trail).extracting(AuditEntryView::action)
                .containsExactly("USER_CREATED", "USER_ROLES_CHANGED", "USER_DISABLED");
        assertThat(trail.get(1).before()).contains("\"roles\":[\"CADRE\"]").contains("\"enabled\":true");
        assertThat(trail.get(1).after()).contains("\"roles\":[\"CADRE\",\"PERSONNEL_OFFICER\"]")
                .contains("\"enabled\":false");
        assertThat(trail).allSatisfy(entry -> assertThat(entry.after()).doesNotContain(after.getPasswordHash()));

        mvc.perform(formLogin().user("nb031.tochuc").password(issued.password())).andExpect(unauthenticated());
    }

    @Test
    void anAddressForDeadlineRemindersIsStoredAndAMalformedOneIsRefused() throws Exception {
        IssuedPassword issued = TestActors.runAs(admin(), () -> users.create(new NewUserAccount(
                "thu.nhac.han", "Người nhận thư nhắc hạn", null, null, Set.of(Role.CADRE))));
        UserAccount before = accounts.findById(issued.accountId()).orElseThrow();

        mvc.perform(post("/admin/users/{id}", before.getId()).with(csrf()).with(TestActors.as(admin()))
                        .param("displayName", before.getDisplayName()).param("email", "khong-phai-thu")
                        .param("roles", "CADRE").param("_enabled", "on").param("enabled", "true")
                        .param("version", "" + before.getVersion()))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "Địa chỉ thư điện tử không hợp lệ")));
        assertThat(accounts.findById(before.getId()).orElseThrow().getEmail()).isEmpty();

        mvc.perform(post("/admin/users/{id}", before.getId()).with(csrf()).with(TestActors.as(admin()))
                        .param("displayName", before.getDisplayName()).param("email", "nhac.han@vpubnd.ninhbinh.gov.vn")
                        .param("roles", "CADRE").param("_enabled", "on").param("enabled", "true")
                        .param("version", "" + before.getVersion()))
                .andExpect(status().is3xxRedirection());
        assertThat(accounts.findById(before.getId()).orElseThrow().getEmail())
                .contains("nhac.han@vpubnd.ninhbinh.gov.vn");
        assertThat(auditTrail.ofRecord(UserAdministration.RECORD_TYPE, before.getId()).get(1).after())
                .contains("nhac.han@vpubnd.ninhbinh.gov.vn");
    }

    @Test
    void aStaleSaveIsRefusedAndChangesNothing() throws Exception {
        IssuedPassword issued = TestActors.runAs(admin(), () -> users.create(new NewUserAccount(
                "nb032.cu", null, "NB032", null, Set.of(Role.CADRE))));
        UserAccount original = accounts.findById(issued.accountId()).orElseThrow();
        mvc.perform(post("/admin/users/{id}/password", original.getId()).with(csrf()).with(TestActors.as(admin()))
                .param("version", "" + original.getVersion())).andExpect(status().is3xxRedirection());
        UserAccount current = accounts.findById(original.getId()).orElseThrow();

        String html = mvc.perform(post("/admin/users/{id}", original.getId()).with(csrf())
                        .with(TestActors.as(admin())).param("displayName", "Tên Cũ").param("roles", "ADMIN")
                        .param("_enabled", "on").param("enabled", "true")
                        .param("version", "" + original.getVersion()))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Hồ sơ vừa được người khác");
        UserAccount unchanged = accounts.findById(original.getId()).orElseThrow();
        assertThat(unchanged.getVersion()).isEqualTo(current.getVersion());
        assertThat(unchanged.getRoles()).containsExactly(Role.CADRE);
        assertThat(unchanged.getDisplayName()).isEqualTo(current.getDisplayName());
        assertThat(auditTrail.ofRecord(UserAdministration.RECORD_TYPE, original.getId()))
                .extracting(AuditEntryView::action).containsExactly("USER_CREATED", "PASSWORD_RESET");
    }

    @Test
    void resettingAPasswordReplacesItAndTheAuditEntryHoldsNeitherPasswordNorHash() throws Exception {
        IssuedPassword first = TestActors.runAs(admin(), () -> users.create(new NewUserAccount(
                "nb033.doimk", null, "NB033", null, Set.of(Role.CADRE))));
        UserAccount before = accounts.findById(first.accountId()).orElseThrow();

        MvcResult reset = mvc.perform(post("/admin/users/{id}/password", before.getId()).with(csrf())
                        .with(TestActors.as(admin())).param("version", "" + before.getVersion()))
                .andExpect(status().is3xxRedirection()).andReturn();

        IssuedPassword second = (IssuedPassword) reset.getFlashMap().get("issuedPassword");
        UserAccount after = accounts.findById(before.getId()).orElseThrow();
        assertThat(passwordEncoder.matches(first.password(), after.getPasswordHash())).isFalse();
        assertThat(passwordEncoder.matches(second.password(), after.getPasswordHash())).isTrue();
        AuditEntryView entry = auditTrail.ofRecord(UserAdministration.RECORD_TYPE, before.getId()).get(1);
        assertThat(entry.action()).isEqualTo("PASSWORD_RESET");
        assertThat(entry.before() + entry.after()).doesNotContain(second.password(), first.password(),
                after.getPasswordHash(), before.getPasswordHash());
    }

    @Test
    void anAdministratorCannotLockThemselvesOut() throws Exception {
        UserAccount self = accounts.findByUsername("admin").orElseThrow();

        mvc.perform(post("/admin/users/{id}", self.getId()).with(csrf()).with(TestActors.as(admin()))
                        .param("displayName", self.getDisplayName()).param("roles", "CADRE").param("_roles", "on")
                        .param("enabled", "true").param("version", "" + self.getVersion()))
                .andExpect(status().isConflict());

        UserAccount unchanged = accounts.findByUsername("admin").orElseThrow();
        assertThat(unchanged.getRoles()).contains(Role.ADMIN);
        assertThat(unchanged.getVersion()).isEqualTo(self.getVersion());
    }

    @Test
    void theAuditPageTranslatesActionsForAdministrators() throws Exception {
        TestActors.runAs(admin(), () -> users.create(new NewUserAccount(
                "nb034.nhatky", null, "NB034", null, Set.of(Role.CADRE))));

        String html = page("/audit?recordType=USER_ACCOUNT&action=USER_CREATED");
        assertThat(html).contains("Nhật ký hệ thống", "selected=\"selected\">Tạo tài khoản</option>",
                "đã tạo tài khoản người dùng", "Tên đăng nhập", "nb034.nhatky", ">Tài khoản người dùng</option>");
    }

    @Test
    void theNavigationShowsAdministrationOnlyToAdministrators() throws Exception {
        assertThat(page("/")).contains("href=\"/admin/users\"", "Quản trị", "href=\"/audit\"");
        String cadre = mvc.perform(get("/").with(TestActors.as(testActors.account("canbo"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(cadre).doesNotContain("href=\"/admin/users\"").contains("href=\"/audit\"");
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(TestActors.as(admin()))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }
}

package vn.danhgia.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.danhgia.platform.accounts.UserAccount;
import vn.danhgia.platform.accounts.UserAccountRepository;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.TestActors;

/** Issue item 1: security headers on pages and API answers, CSRF on every form, passwords stored as bcrypt. */
@DemoDataTest
class SecurityHeadersAndCsrfTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestActors testActors;
    @Autowired
    UserAccountRepository accounts;

    @Test
    void pagesSendTheSecurityHeadersAndAreNeverCached() throws Exception {
        expectSecurityHeaders(mvc.perform(get("/login")).andExpect(status().isOk()));
        expectSecurityHeaders(mvc.perform(get("/").with(TestActors.as(testActors.account("canbo"))))
                .andExpect(status().isOk()))
                .andExpect(header().string("Content-Security-Policy",
                        Matchers.containsString("frame-ancestors 'none'")));
    }

    @Test
    void apiAnswersSendTheSecurityHeadersToo() throws Exception {
        expectSecurityHeaders(mvc.perform(get("/api/v1/audit").with(TestActors.as(testActors.account("canbo"))))
                .andExpect(status().isOk()));
    }

    @Test
    void aFormPostWithoutTheCsrfTokenIsRefusedAndChangesNothing() throws Exception {
        mvc.perform(post("/admin/users").with(TestActors.as(testActors.account("admin")))
                        .param("username", "khong.co.csrf").param("displayName", "Không Có Mã")
                        .param("roles", "CADRE"))
                .andExpect(status().isForbidden());
        assertThat(accounts.existsByUsername("khong.co.csrf")).isFalse();

        UserAccount canbo = accounts.findByUsername("canbo").orElseThrow();
        mvc.perform(post("/admin/users/{id}/password", canbo.getId())
                        .with(TestActors.as(testActors.account("admin"))).param("version", "" + canbo.getVersion()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/users/{id}/password", canbo.getId()).with(csrf().useInvalidToken())
                        .with(TestActors.as(testActors.account("admin"))).param("version", "" + canbo.getVersion()))
                .andExpect(status().isForbidden());
        UserAccount after = accounts.findByUsername("canbo").orElseThrow();
        assertThat(after.getPasswordHash()).isEqualTo(canbo.getPasswordHash());
        assertThat(after.getVersion()).isEqualTo(canbo.getVersion());
    }

    @Test
    void passwordsAreStoredAsBcryptHashes() {
        assertThat(accounts.findAll()).isNotEmpty().allSatisfy(account ->
                assertThat(account.getPasswordHash()).startsWith("{bcrypt}$2"));
    }

    private static ResultActions expectSecurityHeaders(ResultActions response) throws Exception {
        return response
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
                .andExpect(header().string("Permissions-Policy", "camera=(), microphone=(), geolocation=()"))
                .andExpect(header().string("Cache-Control", Matchers.containsString("no-store")))
                .andExpect(header().exists("Content-Security-Policy"));
    }
}

package vn.danhgia.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.danhgia.assessment.api.ScoringRequests;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.Role;
import vn.danhgia.platform.accounts.IssuedAccessToken;
import vn.danhgia.platform.accounts.UserAccountService;
import vn.danhgia.support.ApiTokens;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.TestActors;

/**
 * Issue 11 §3: the JSON API takes personal access tokens (created, listed and revoked by their owner and the
 * administrator, stored hashed, sent as Bearer), never a password, and refuses state-changing calls from another
 * site's pages.
 */
@DemoDataTest
class ApiAccessTokenTests {

    private static final String EVIL = "http://evil.example";
    private static final AtomicInteger ACCOUNTS = new AtomicInteger();

    @Autowired
    MockMvc mvc;
    @Autowired
    TestActors actors;
    @Autowired
    UserAccountService accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    ApplicationContext context;

    private Actor owner;

    @BeforeEach
    void freshAccount() {
        String username = "khoa.api." + ACCOUNTS.incrementAndGet();
        accounts.createIfAbsent(username, "mat-khau-dai-2026", "Lê Minh Khoa", Set.of(Role.CADRE));
        owner = actors.account(username);
    }

    @Test
    void aTokenCreatedOnThePageSignsTheOwnerIntoTheApiAndIsShownOnlyOnce() throws Exception {
        String token = createOnPage(owner, "Bảng tính tự động");

        api(get("/api/v1/audit"), token).andExpect(status().isOk());
        String list = mvc.perform(get("/account/tokens").with(TestActors.as(owner))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).contains("Bảng tính tự động").contains(token.substring(0, 10)).doesNotContain(token);
        assertThat(jdbc.queryForList("select token_hash from personal_access_token where name = ? and token_prefix = ?",
                String.class, "Bảng tính tự động", token.substring(0, 10)))
                .singleElement().satisfies(hash -> assertThat(hash).hasSize(64).isNotEqualTo(token));
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'ACCESS_TOKEN_CREATED'"
                + " and actor_username = ?", Integer.class, owner.username())).isEqualTo(1);
    }

    @Test
    void theOwnerRevokesATokenAndItIsRefusedAtOnce() throws Exception {
        String token = createOnPage(owner, "Tạm thời");
        long id = tokenId(token);

        mvc.perform(post("/account/tokens/" + id + "/revoke").with(csrf()).with(TestActors.as(owner)))
                .andExpect(status().is3xxRedirection());

        api(get("/api/v1/audit"), token).andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer realm=\"danhgia\", error=\"invalid_token\""))
                .andExpect(jsonPath("$.detail").value("Khóa truy cập không hợp lệ, đã bị thu hồi hoặc đã hết hạn."));
    }

    @Test
    void someoneElseCannotRevokeATokenButTheAdministratorCan() throws Exception {
        String token = createOnPage(owner, "Của Khoa");
        long id = tokenId(token);

        mvc.perform(post("/account/tokens/" + id + "/revoke").with(csrf())
                        .with(TestActors.as(actors.account("canbo"))))
                .andExpect(status().isNotFound());
        api(get("/api/v1/audit"), token).andExpect(status().isOk());

        Actor admin = actors.account("admin");
        String adminList = mvc.perform(get("/admin/users/" + owner.accountId() + "/tokens")
                        .with(TestActors.as(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(adminList).contains("Của Khoa");
        mvc.perform(get("/admin/users/" + owner.accountId() + "/tokens").with(TestActors.as(actors.account("canbo"))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/users/" + owner.accountId() + "/tokens/" + id + "/revoke").with(csrf())
                .with(TestActors.as(admin))).andExpect(status().is3xxRedirection());
        api(get("/api/v1/audit"), token).andExpect(status().isUnauthorized());
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'ACCESS_TOKEN_REVOKED'"
                + " and record_id = ?", Integer.class, id)).isEqualTo(1);
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        String token = createOnPage(owner, "Một ngày", 1);
        api(get("/api/v1/audit"), token).andExpect(status().isOk());

        clock.advance(Duration.ofDays(1));
        try {
            api(get("/api/v1/audit"), token).andExpect(status().isUnauthorized());
        } finally {
            clock.advance(Duration.ofDays(-1));
        }
    }

    /** A browser's signed-in session is no way into the API either: nothing a page sends by itself signs it in. */
    @Test
    void aSignedInSessionAloneIsNotAcceptedByTheApi() throws Exception {
        Cookie session = mvc.perform(formLogin().user(owner.username()).password("mat-khau-dai-2026"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getCookie("SESSION");
        mvc.perform(get("/audit").cookie(session)).andExpect(status().isOk());

        mvc.perform(get("/api/v1/audit").cookie(session)).andExpect(status().isUnauthorized());
    }

    @Test
    void anAdministratorsPasswordResetRevokesTheAccountsTokens() throws Exception {
        String token = createOnPage(owner, "Trước khi đặt lại mật khẩu");
        Actor admin = actors.account("admin");
        long version = jdbc.queryForObject("select version from user_account where id = ?", Long.class,
                owner.accountId());

        mvc.perform(post("/admin/users/" + owner.accountId() + "/password").param("version", String.valueOf(version))
                .with(csrf()).with(TestActors.as(admin))).andExpect(status().is3xxRedirection());

        api(get("/api/v1/audit"), token).andExpect(status().isUnauthorized());
    }

    @Test
    void aDisabledAccountsTokensStopWorking() throws Exception {
        String token = createOnPage(owner, "Trước khi khóa");
        jdbc.update("update user_account set enabled = false where id = ?", owner.accountId());

        api(get("/api/v1/audit"), token).andExpect(status().isUnauthorized());
    }

    @Test
    void aTokenNeedsANameAndAValidityOfAtMostAYear() throws Exception {
        mvc.perform(post("/account/tokens").param("name", " ").param("validDays", "400").with(csrf())
                        .with(TestActors.as(owner)))
                .andExpect(status().isOk())
                .andExpect(content().string(
                        Matchers.allOf(Matchers.containsString("Cần nhập tên khóa"),
                                Matchers.containsString("Hiệu lực của khóa từ 1 đến 365 ngày."))));
        assertThat(jdbc.queryForObject("select count(*) from personal_access_token where account_id = ?",
                Integer.class, owner.accountId())).isZero();
    }

    /** The issue's finding: a page on another site posted a document to the dossier as the signed-in user. */
    @Test
    void aStateChangingCallFromAnotherSitesPageIsRefusedAndStoresNothing() throws Exception {
        String token = ApiTokens.issue(context, "tochuc");
        long documents = jdbc.queryForObject("select count(*) from dossier_document", Long.class);
        MockMultipartFile file = new MockMultipartFile("file", "bien-ban.pdf", "application/pdf",
                "%PDF-1.7\nbiên bản\n%%EOF".getBytes(StandardCharsets.UTF_8));

        mvc.perform(multipart("/api/v1/dossiers/1/2039/1/documents").file(file).param("kind", "OTHER")
                        .header("Origin", EVIL).with(ApiTokens.bearer(token)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail", Matchers.containsString("trang web khác")));
        assertThat(jdbc.queryForObject("select count(*) from dossier_document", Long.class)).isEqualTo(documents);
    }

    @Test
    void onlyThisApplicationsOwnOriginMayChangeStateFromABrowser() throws Exception {
        String token = ApiTokens.issue(context, "admin");
        String sheet = ScoringRequests.seed002Example();

        api(scoring(sheet).header("Origin", EVIL), token).andExpect(status().isForbidden());
        api(scoring(sheet).header("Origin", "null"), token).andExpect(status().isForbidden());
        api(scoring(sheet).header("Sec-Fetch-Site", "cross-site"), token).andExpect(status().isForbidden());
        api(scoring(sheet).header("Origin", "http://localhost"), token).andExpect(status().isOk());
        api(scoring(sheet).header("Origin", "http://localhost:8080"), token).andExpect(status().isOk());
        api(scoring(sheet).header("Sec-Fetch-Site", "same-origin"), token).andExpect(status().isOk());
        api(scoring(sheet), token).andExpect(status().isOk());
        api(get("/api/v1/audit").header("Origin", EVIL), token).andExpect(status().isOk());
    }

    private static MockHttpServletRequestBuilder scoring(String sheet) {
        return post("/api/v1/scoring/quarterly").contentType(MediaType.APPLICATION_JSON).content(sheet);
    }

    private ResultActions api(MockHttpServletRequestBuilder request,
                              String token) throws Exception {
        return mvc.perform(request.with(ApiTokens.bearer(token)));
    }

    private String createOnPage(Actor actor, String name) throws Exception {
        return createOnPage(actor, name, 90);
    }

    private String createOnPage(Actor actor, String name, int days) throws Exception {
        var flash = mvc.perform(post("/account/tokens").param("name", name).param("validDays", String.valueOf(days))
                        .with(csrf()).with(TestActors.as(actor)))
                .andExpect(status().is3xxRedirection())
                .andReturn().getFlashMap();
        return ((IssuedAccessToken) flash.get("issuedToken")).token();
    }

    private long tokenId(String token) {
        return jdbc.queryForObject("select id from personal_access_token where token_prefix = ? and account_id = ?",
                Long.class, token.substring(0, 10), owner.accountId());
    }
}

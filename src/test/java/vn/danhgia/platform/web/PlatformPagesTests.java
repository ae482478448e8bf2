package vn.danhgia.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import vn.danhgia.platform.TodoList;

@WebMvcTest({LoginController.class, HomeController.class})
@Import(WebTestConfiguration.class)
class PlatformPagesTests {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private ResourceUrlProvider resourceUrls;

    // The home page lists the person's open work; its sources are the business modules, outside this slice.
    @MockitoBean
    private TodoList todo;

    @Test
    void loginPageIsPublicAndInVietnamese() throws Exception {
        String html = mvc.perform(get("/login")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("<html lang=\"vi\"", "Đăng nhập", "Tên đăng nhập", "Mật khẩu",
                "name=\"username\"", "name=\"password\"", "name=\"_csrf\"", "action=\"/login\"");
        assertThat(html).doesNotContain("Đăng xuất");
    }

    @Test
    void wrongPasswordIsExplainedInVietnamese() throws Exception {
        mvc.perform(get("/login").param("error", ""))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "Tên đăng nhập hoặc mật khẩu không đúng.")));
    }

    @Test
    void aSignInTurnedAwayWhileTheChecksAreBusyIsAskedToTryAgainInVietnamese() throws Exception {
        mvc.perform(get("/login").param("busy", ""))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "Hệ thống đang kiểm tra rất nhiều lượt đăng nhập cùng lúc. Vui lòng đăng nhập lại sau ít phút.")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(
                        "Tên đăng nhập hoặc mật khẩu không đúng."))));
    }

    @Test
    void aLockedUsernameIsToldHowManyMinutesToWaitAndTheUrlCannotChangeTheText() throws Exception {
        mvc.perform(get("/login").param("locked", "7"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "Tạm dừng đăng nhập vào tài khoản này do nhập sai mật khẩu nhiều lần. Vui lòng thử lại sau 7 phút.")));
        String forged = mvc.perform(get("/login").param("locked", "<b>99999</b>"))
                .andReturn().getResponse().getContentAsString();
        assertThat(forged).contains("thử lại sau 15 phút").doesNotContain("99999");
    }

    @Test
    void signingOutIsConfirmedInVietnamese() throws Exception {
        mvc.perform(get("/login").param("logout", ""))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Bạn đã đăng xuất.")));
    }

    @Test
    void homePageNeedsSigningIn() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @Test
    @WithMockUser("nguyen.van.an")
    void homePageShowsTheUserTheLogoutFormAndTheScoringSheet() throws Exception {
        String html = mvc.perform(get("/")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Đánh giá cán bộ", "nguyen.van.an", "href=\"/assessment/score-sheet\"",
                "Đăng xuất", "action=\"/logout\"");
        assertThat(html.substring(html.indexOf("action=\"/logout\""))).contains("name=\"_csrf\"");
    }

    @Test
    @WithMockUser
    void everyHtmxRequestCarriesTheCsrfToken() throws Exception {
        String html = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
        assertThat(html).containsPattern("<body hx-headers=\"\\{&quot;X-CSRF-TOKEN&quot;: &quot;[^&]+&quot;\\}\">");
    }

    @Test
    @WithMockUser
    void languageSwitchToEnglishIsRememberedInACookie() throws Exception {
        mvc.perform(get("/").param("lang", "en"))
                .andExpect(cookie().value("danhgia-lang", "en"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Sign out")));
        mvc.perform(get("/").cookie(new Cookie("danhgia-lang", "en")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<html lang=\"en\"")));
    }

    @Test
    @WithMockUser
    void vietnameseIsTheDefaultWhateverTheBrowserPrefers() throws Exception {
        mvc.perform(get("/").header("Accept-Language", "en-US,en;q=0.9"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Đăng xuất")));
    }

    @Test
    @WithMockUser
    void unsupportedLanguagesFallBackToVietnamese() throws Exception {
        mvc.perform(get("/").param("lang", "fr"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<html lang=\"vi\"")));
        mvc.perform(get("/").cookie(new Cookie("danhgia-lang", "fr")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<html lang=\"vi\"")));
        mvc.perform(get("/").cookie(new Cookie("danhgia-lang", "%%not a locale")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<html lang=\"vi\"")));
    }

    @Test
    void webjarsResolveWithoutVersionsAndStaticFilesArePublic() throws Exception {
        mvc.perform(get("/webjars/bootstrap/css/bootstrap.min.css")).andExpect(status().isOk());
        mvc.perform(get("/webjars/bootstrap/js/bootstrap.bundle.min.js")).andExpect(status().isOk());
        mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
        mvc.perform(get("/css/app.css")).andExpect(status().isOk());
        mvc.perform(get("/js/app.js")).andExpect(status().isOk());
    }

    @Test
    void aPagesOwnLinksAreNeverLookedUpAsStaticFiles() {
        assertThat(resourceUrls.getHandlerMap()).as("static file prefixes").containsOnlyKeys("/css/**", "/js/**",
                "/webjars/**");
        assertThat(resourceUrls.getForLookupPath("/assessment/self-assessments/42")).isNull();
        assertThat(resourceUrls.getForLookupPath("/webjars/htmx.org/dist/htmx.min.js")).as("with the webjar's version")
                .matches("/webjars/htmx\\.org/[0-9.]+/dist/htmx\\.min\\.js");
    }
}

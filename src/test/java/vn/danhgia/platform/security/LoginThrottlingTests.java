package vn.danhgia.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.danhgia.platform.Role;
import vn.danhgia.platform.UserAccountService;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;

/**
 * Issue item 1: after five failed sign-ins for a username within 15 minutes, that username is refused for 15 minutes,
 * even with the right password; the form login and the API's HTTP Basic share the count kept in the database.
 */
@DemoDataTest
class LoginThrottlingTests {

    private static final String PASSWORD = "dung-mat-khau-2026";
    private static final AtomicInteger ACCOUNTS = new AtomicInteger();

    @Autowired
    MockMvc mvc;
    @Autowired
    MutableClock clock;
    @Autowired
    UserAccountService accounts;
    @Autowired
    JdbcTemplate jdbc;

    private String username;

    @BeforeEach
    void freshAccount() {
        username = "thu.dang.nhap." + ACCOUNTS.incrementAndGet();
        accounts.createIfAbsent(username, PASSWORD, "Phạm Thu Hà", Set.of(Role.CADRE));
    }

    @Test
    void fiveWrongPasswordsLockTheFormLoginEvenForTheRightPassword() throws Exception {
        for (int attempt = 1; attempt <= 5; attempt++) {
            mvc.perform(formLogin().user(username).password("sai-" + attempt))
                    .andExpect(redirectedUrl("/login?error")).andExpect(unauthenticated());
        }

        mvc.perform(formLogin().user(username).password(PASSWORD))
                .andExpect(redirectedUrl("/login?locked=15")).andExpect(unauthenticated());
        mvc.perform(get("/login").param("locked", "15"))
                .andExpect(content().string(Matchers.containsString(
                        "Tài khoản tạm khóa đăng nhập do nhập sai mật khẩu nhiều lần. Vui lòng thử lại sau 15 phút.")));
    }

    @Test
    void theLockEndsFifteenMinutesAfterTheFifthFailure() throws Exception {
        failFormLogins(5);
        clock.advance(Duration.ofMinutes(14));
        mvc.perform(formLogin().user(username).password(PASSWORD))
                .andExpect(redirectedUrl("/login?locked=1")).andExpect(unauthenticated());

        clock.advance(Duration.ofMinutes(1));
        mvc.perform(formLogin().user(username).password(PASSWORD))
                .andExpect(redirectedUrl("/")).andExpect(authenticated().withUsername(username));
    }

    @Test
    void theApiAnswers429ProblemJsonWhileLocked() throws Exception {
        for (int attempt = 1; attempt <= 5; attempt++) {
            mvc.perform(get("/api/v1/audit").with(httpBasic(username, "sai")))
                    .andExpect(status().isUnauthorized());
        }

        mvc.perform(get("/api/v1/audit").with(httpBasic(username, PASSWORD)))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "900"))
                .andExpect(header().string("Content-Type", Matchers.startsWith("application/problem+json")))
                .andExpect(content().string(Matchers.containsString(
                        "Tài khoản tạm khóa đăng nhập do nhập sai mật khẩu nhiều lần. Vui lòng thử lại sau 15 phút.")));
    }

    @Test
    void formAndApiFailuresCountTogether() throws Exception {
        failFormLogins(3);
        for (int attempt = 1; attempt <= 2; attempt++) {
            mvc.perform(get("/api/v1/audit").with(httpBasic(username, "sai")))
                    .andExpect(status().isUnauthorized());
        }

        mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(redirectedUrl("/login?locked=15"));
        mvc.perform(get("/api/v1/audit").with(httpBasic(username, PASSWORD))).andExpect(status().isTooManyRequests());
    }

    @Test
    void aSuccessfulSignInClearsTheCount() throws Exception {
        failFormLogins(4);
        mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(authenticated());
        assertThat(storedAttempts()).isZero();

        failFormLogins(4);
        mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(authenticated());
    }

    @Test
    void failuresOlderThanFifteenMinutesNoLongerCount() throws Exception {
        failFormLogins(4);
        clock.advance(Duration.ofMinutes(16));
        failFormLogins(1);

        mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(authenticated());
    }

    @Test
    void refusedAttemptsDuringTheLockDoNotExtendIt() throws Exception {
        failFormLogins(5);
        clock.advance(Duration.ofMinutes(10));
        mvc.perform(formLogin().user(username).password("sai")).andExpect(redirectedUrl("/login?locked=5"));
        assertThat(storedAttempts()).isEqualTo(5);

        clock.advance(Duration.ofMinutes(5));
        mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(authenticated());
    }

    @Test
    void unknownUsernamesAreLockedLikeKnownOnes() throws Exception {
        String unknown = "khong.co." + ACCOUNTS.incrementAndGet();
        for (int attempt = 1; attempt <= 5; attempt++) {
            mvc.perform(formLogin().user(unknown).password("sai")).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin().user(unknown).password("sai")).andExpect(redirectedUrl("/login?locked=15"));
    }

    private void failFormLogins(int times) throws Exception {
        for (int attempt = 1; attempt <= times; attempt++) {
            mvc.perform(formLogin().user(username).password("sai")).andExpect(redirectedUrl("/login?error"));
        }
    }

    private int storedAttempts() {
        return jdbc.queryForObject("select count(*) from login_attempt where username = ?", Integer.class, username);
    }
}

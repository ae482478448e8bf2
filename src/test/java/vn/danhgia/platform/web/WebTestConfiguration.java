package vn.danhgia.platform.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * What the application provides outside the web slice, as pages rely on it: the message bundles, the security rules (form login at
 * {@code /login}; the login page and static resources public, everything else signed in; CSRF on) and a clock,
 * fixed at 15/07/2026, in quarter III/2026 under seed 002's scheme.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(MessagesConfiguration.class)
public class WebTestConfiguration {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final LocalDate TODAY = LocalDate.of(2026, 7, 15);

    @Bean
    Clock clock() {
        return Clock.fixed(TODAY.atTime(9, 0).atZone(VIETNAM).toInstant(), VIETNAM);
    }

    @Bean
    SecurityFilterChain webSecurity(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/webjars/**", "/css/**", "/js/**").permitAll()
                        .anyRequest().authenticated())
                .formLogin(login -> login.loginPage("/login"))
                .logout(Customizer.withDefaults())
                .build();
    }
}

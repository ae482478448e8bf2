package vn.danhgia.platform.security;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;
import vn.danhgia.platform.accounts.PersonalAccessTokens;
import vn.danhgia.platform.accounts.UserAccountRepository;

/**
 * Three chains. The management server (its own port, loopback by default) answers the health probes and the
 * Prometheus scrape without a sign-in, and 404 to anything else, so a monitoring system needs no account. The JSON
 * API under /api takes personal access tokens ({@code Authorization: Bearer}) and answers with problem+json, statelessly: no password and no session cookie is ever accepted there, so a browser has nothing to
 * send on its own, and state-changing calls from another site's pages are refused by their Origin. People use form
 * login with a session, CSRF on every form and the default session-fixation protection (a new session id at
 * login), through one throttled password check ({@link ThrottledAuthenticationProvider}). Both send the same
 * security headers (HSTS over HTTPS); pages and answers are never cached (Spring Security's default
 * Cache-Control: no-store). The OpenAPI document and Swagger UI need a sign-in unless the operator opens them.
 * Sessions live in the database (Spring Session JDBC), so any application node serves any signed-in person.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
            + "frame-ancestors 'none'; form-action 'self'; base-uri 'self'";
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=()";

    @Bean
    @Order(0)
    SecurityFilterChain managementSecurity(HttpSecurity http) throws Exception {
        return http.securityMatcher(new ManagementServerRequests())
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(EndpointRequest.to("health", "prometheus")).permitAll()
                        .anyRequest().denyAll())
                // Whatever else is asked of the management server does not exist for the caller.
                .exceptionHandling(errors -> errors.authenticationEntryPoint(
                        new HttpStatusEntryPoint(HttpStatus.NOT_FOUND)))
                // Read-only endpoints, called by machines without cookies
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .headers(SecurityConfiguration::headers)
                .build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ProblemSecurityHandler problems, PersonalAccessTokens tokens,
                                    UserAccountRepository accounts,
                                    @Value("${danhgia.base-url:http://localhost:8080}") String baseUrl)
            throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .addFilterBefore(new SameOriginApiFilter(baseUrl, problems), AuthorizationFilter.class)
                .addFilterBefore(new BearerTokenFilter(tokens, accounts, problems), AuthorizationFilter.class)
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                // Callers authenticate every request with a token in a header, never a browser cookie, so there is
                // no session for a cross-site request to ride on.
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(SecurityConfiguration::headers)
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webSecurity(HttpSecurity http, SessionRegistry sessions,
                                    @Value("${danhgia.api-docs.public:false}") boolean apiDocsPublic)
            throws Exception {
        return http
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/login", "/error", "/webjars/**", "/css/**", "/js/**", "/favicon.ico")
                            .permitAll();
                    var apiDocs = requests.requestMatchers("/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html",
                            "/swagger-ui/**");
                    if (apiDocsPublic) {
                        apiDocs.permitAll();
                    } else {
                        apiDocs.authenticated();
                    }
                    // Defence in depth: the services refuse non-administrators too.
                    requests.requestMatchers("/admin/**").hasRole("ADMIN").anyRequest().authenticated();
                })
                .formLogin(login -> login.loginPage("/login").defaultSuccessUrl("/", false)
                        .failureHandler(new ThrottleAwareFailureHandler()).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                // Any number of sessions per person, found by username in the session table so that SignedInSessions
                // can end them on every node; a session it ended goes to the sign-in page on its next request.
                .sessionManagement(session -> session.maximumSessions(-1).sessionRegistry(sessions)
                        .expiredUrl("/login?expired"))
                .headers(SecurityConfiguration::headers)
                .build();
    }

    /** The signed-in sessions of all nodes: the session table, indexed by the principal's username. */
    @Bean
    <S extends Session> SpringSessionBackedSessionRegistry<S> sessionRegistry(
            FindByIndexNameSessionRepository<S> sessions) {
        return new SpringSessionBackedSessionRegistry<>(sessions);
    }

    private static void headers(HeadersConfigurer<HttpSecurity> headers) {
        // X-Content-Type-Options: nosniff and Cache-Control: no-store come with Spring Security's defaults.
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frames -> frames.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY));
    }

    /** The only authentication provider, so Spring Security never builds a second, unthrottled one of its own. */
    @Bean
    ThrottledAuthenticationProvider authenticationProvider(UserAccountRepository accounts,
                                                           PasswordEncoder passwordEncoder, LoginThrottle throttle) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(new AccountUserDetailsService(accounts));
        passwords.setPasswordEncoder(passwordEncoder);
        return new ThrottledAuthenticationProvider(passwords, throttle);
    }

    @Bean
    PasswordEncoder passwordEncoder(@Value("${danhgia.login.concurrent-password-checks:0}") int concurrentChecks,
                                    @Value("${danhgia.login.password-check-wait:20s}") Duration longestWait) {
        return new BoundedPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder(),
                concurrentChecks == 0 ? BoundedPasswordEncoder.defaultPermits() : concurrentChecks, longestWait);
    }
}

package vn.danhgia.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.Filter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Issue 15 §4, what sessions in the database cost: the statements on the session tables that one request issues,
 * counted on the server's request thread around the whole filter chain. A page that changes nothing in the session
 * reads it three times (Spring Session's filter, the concurrent-session check of the registry, and Spring Session again
 * when it decides whether to send the cookie) and updates its last access time once; attributes are written only when
 * set (flush on save, save on set-attribute), such as a flash message. Each is a primary-key or unique-index lookup.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SessionStatementsTests.Counting.class)
class SessionStatementsTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    SessionTableStatements statements;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPageThatChangesNothingCostsThreeReadsAndOneUpdateOfTheSessionTable() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String csrf = token(send(browser, get("/login")).body());
        send(browser, post("/login", "username=admin&password=" + URLEncoder.encode(
                "test-admin-password-only-for-tests", StandardCharsets.UTF_8) + "&_csrf=" + encode(csrf)));
        String page = send(browser, get("/account/tokens")).body();
        statements.clear();

        send(browser, get("/account/tokens"));
        assertThat(statements.ofNextRequest()).containsExactly("select", "select", "update", "select");

        send(browser, post("/account/tokens", "name=" + encode("Đo phiên") + "&validDays=1&_csrf="
                + encode(token(page))));
        assertThat(statements.ofNextRequest()).as("the new token travels as a flash attribute")
                .containsExactly("select", "select", "update", "insert", "select");
        String shown = send(browser, get("/account/tokens")).body();
        assertThat(statements.ofNextRequest()).as("the flash attribute is read once and removed")
                .containsExactly("select", "select", "update", "delete", "select");

        long created = jdbc.queryForObject("select id from personal_access_token where name = ? and revoked_at is null",
                Long.class, "Đo phiên");
        send(browser, post("/account/tokens/" + created + "/revoke", "_csrf=" + encode(token(shown))));
    }

    private static String token(String page) {
        Matcher token = CSRF.matcher(page);
        assertThat(token.find()).isTrue();
        return token.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build();
    }

    private HttpRequest post(String path, String form) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
    }

    private static HttpResponse<String> send(HttpClient browser, HttpRequest request) throws Exception {
        return browser.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Counting {

        @Bean
        static SessionTableStatements sessionTableStatements() {
            return new SessionTableStatements();
        }

        /** Outside every other filter, Spring Session's included, so its save at the end is counted too. */
        @Bean
        FilterRegistrationBean<Filter> sessionStatementsPerRequest(SessionTableStatements statements) {
            FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
                List<String> issued = statements.start();
                try {
                    chain.doFilter(request, response);
                } finally {
                    statements.finish(issued);
                }
            });
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return registration;
        }
    }

    /** The kind (select, insert, update, delete) of each statement on the session tables, per request. */
    static class SessionTableStatements implements BeanPostProcessor {

        private final ThreadLocal<List<String>> current = new ThreadLocal<>();
        private final BlockingQueue<List<String>> requests = new LinkedBlockingQueue<>();

        List<String> start() {
            List<String> issued = new ArrayList<>();
            current.set(issued);
            return issued;
        }

        void finish(List<String> issued) {
            current.remove();
            requests.add(issued);
        }

        void clear() {
            requests.clear();
        }

        List<String> ofNextRequest() throws InterruptedException {
            List<String> issued = requests.poll(10, TimeUnit.SECONDS);
            assertThat(issued).as("a request was counted").isNotNull();
            return issued;
        }

        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            if (!(bean instanceof DataSource dataSource)) {
                return bean;
            }
            return new DelegatingDataSource(dataSource) {
                @Override
                public Connection getConnection() throws java.sql.SQLException {
                    return counted(super.getConnection());
                }
            };
        }

        private Connection counted(Connection connection) {
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, method, arguments) -> {
                        List<String> issued = current.get();
                        if (issued != null && method.getName().equals("prepareStatement")
                                && arguments[0] instanceof String sql
                                && sql.toLowerCase(Locale.ROOT).contains("spring_session")) {
                            issued.add(sql.strip().split("\\s+")[0].toLowerCase(Locale.ROOT));
                        }
                        try {
                            return method.invoke(connection, arguments);
                        } catch (InvocationTargetException failed) {
                            throw failed.getCause();
                        }
                    });
        }
    }
}

package vn.danhgia.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.danhgia.decision.RatingFixture;
import vn.danhgia.organization.AccessScopes;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.SubmittedSelfAssessments;
import vn.danhgia.support.TestActors;

/**
 * Issue 11 "How it is checked": every page and API address that answers GET, for anonymous and every demo role, with
 * the status each must get written down in {@code authorization-matrix.tsv}. An endpoint that is added without a row
 * there fails the build, so nobody ships an address whose access nobody decided.
 * <p>
 * The records the addresses name are the test's own, in quarter I/2040 of Phòng Kinh tế: canbo's (Nguyễn … NB014)
 * plan and submitted self-assessment, NB015's appraised self-assessment and decided rating, on 20/3/2040. Ids of records that do
 * not exist (council sessions, documents, complaints) are 999999: the row then records who gets 404 and who is
 * refused before any record is looked up. Run with {@code -Ddanhgia.matrix.write=target/authorization-matrix.tsv}
 * to write the statuses observed, for reviewing a change to the table.
 */
@DemoDataTest
class AuthorizationMatrixTests {

    static final Quarter Q = new Quarter(2040, 1);
    static final List<String> ACTORS = List.of("anonymous", "canbo", "truongphong", "tochuc", "thamquyen", "hoidong",
            "kiemtra", "admin");
    private static final String MATRIX = "authorization-matrix.tsv";
    private static final String MISSING = "999999";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestActors actors;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;
    @Autowired
    MutableClock clock;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final Map<String, String> values = new LinkedHashMap<>();

    @BeforeEach
    void records() {
        // Other classes of this context leave the shared clock at their own dates; what is open depends on it.
        clock.setDate(LocalDate.of(2040, 3, 20));
        RatingFixture ratings = new RatingFixture(context);
        ratings.clean(Q);
        jdbc.update("delete from work_plan where plan_year = 2040");
        OrganizationQueries organization = context.getBean(OrganizationQueries.class);
        var assessments = new SubmittedSelfAssessments(jdbc, organization, context.getBean(AccessScopes.class));
        long canbo = ratings.cadre("NB014");
        long assessment = assessments.submitted("NB014", Q, 1, true, "GOOD");
        assessments.appraised("NB015", Q, 1, true, "GOOD");
        ratings.decided("NB015", Q, RatingLevel.GOOD);
        jdbc.update("""
                insert into work_plan (cadre_id, unit_id, plan_year, plan_quarter, scheme_code, status, created_at,
                                       submitted_at, version)
                values (?, ?, 2040, 1, 'AG-02-HD-TU-2026', 'SUBMITTED', ?, ?, 0)""", canbo, ratings.unitId(),
                OffsetDateTime.parse("2039-12-20T01:00:00Z"), OffsetDateTime.parse("2039-12-20T01:00:00Z"));
        values.put("unit", String.valueOf(ratings.unitId()));
        values.put("year", "2040");
        values.put("quarter", "1");
        values.put("ownCadre", String.valueOf(canbo));
        values.put("otherCadre", String.valueOf(ratings.cadre("NB001")));
        values.put("plan", String.valueOf(jdbc.queryForObject(
                "select id from work_plan where plan_year = 2040 and cadre_id = ?", Long.class, canbo)));
        values.put("assessment", String.valueOf(assessment));
        values.put("appraisal", String.valueOf(jdbc.queryForObject("select a.id from appraisal a join self_assessment s"
                + " on s.id = a.self_assessment_id where s.period_year = 2040 and a.cadre_id = ?", Long.class,
                ratings.cadre("NB015"))));
        values.put("catalog", String.valueOf(Optional.ofNullable(jdbc.queryForObject(
                "select min(id) from catalog_version", Long.class)).orElse(999999L)));
        values.put("canboAccount", String.valueOf(actors.account("canbo").accountId()));
        values.put("missing", MISSING);
    }

    @Test
    void everyGetAddressAnswersEachRoleAsDecided() throws Exception {
        List<Row> rows = matrix();
        Map<String, Row> decided = rows.stream().collect(Collectors.toMap(Row::mapping, row -> row, (a, b) -> a,
                LinkedHashMap::new));
        List<String> observedLines = new ArrayList<>();
        List<String> mismatches = new ArrayList<>();
        for (Row row : rows) {
            List<Integer> observed = new ArrayList<>();
            for (int i = 0; i < ACTORS.size(); i++) {
                int status = status(ACTORS.get(i), row.url());
                observed.add(status);
                if (status != row.expected().get(i)) {
                    mismatches.add(row.mapping() + " " + ACTORS.get(i) + ": expected " + row.expected().get(i)
                            + ", got " + status);
                }
            }
            observedLines.add(row.mapping() + "\t" + row.url() + "\t"
                    + observed.stream().map(String::valueOf).collect(Collectors.joining("\t")));
        }
        String write = System.getProperty("danhgia.matrix.write");
        if (write != null) {
            Files.write(Path.of(write), observedLines, StandardCharsets.UTF_8);
        }

        List<String> served = getMappings();
        SoftAssertions matrixHolds = new SoftAssertions();
        matrixHolds.assertThat(new TreeSet<>(served)).as("GET addresses without a row in %s: decide who may read "
                + "them", MATRIX).filteredOn(mapping -> !decided.containsKey(mapping)).isEmpty();
        matrixHolds.assertThat(decided.keySet()).as("rows in %s for addresses that no longer exist", MATRIX)
                .filteredOn(mapping -> !served.contains(mapping)).isEmpty();
        matrixHolds.assertThat(mismatches).as("statuses that differ from %s", MATRIX).isEmpty();
        matrixHolds.assertAll();
    }

    private int status(String actor, String url) throws Exception {
        MockHttpServletRequestBuilder request = get(resolve(url));
        if (!"anonymous".equals(actor)) {
            request.with(TestActors.as(actors.account(actor)));
        }
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private String resolve(String url) {
        String resolved = url;
        for (Map.Entry<String, String> value : values.entrySet()) {
            resolved = resolved.replace("{" + value.getKey() + "}", value.getValue());
        }
        assertThat(resolved).as("every placeholder of %s is known", url).doesNotContain("{");
        return resolved;
    }

    /** Each handler method that answers GET, as its path pattern plus the parameters it requires. */
    private List<String> getMappings() {
        List<String> keys = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            var methods = info.getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                continue;
            }
            String params = info.getParamsCondition().getExpressions().stream().map(Object::toString).sorted()
                    .collect(Collectors.joining("&"));
            for (String pattern : info.getPatternValues()) {
                keys.add(params.isEmpty() ? pattern : pattern + "?" + params);
            }
        }
        return keys;
    }

    private static List<Row> matrix() throws IOException {
        try (InputStream in = AuthorizationMatrixTests.class.getResourceAsStream("/" + MATRIX)) {
            assertThat(in).as(MATRIX).isNotNull();
            List<Row> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                assertThat(cells).as("row %s: mapping, address and a status for each of %s", line, ACTORS)
                        .hasSize(2 + ACTORS.size());
                List<Integer> expected = new ArrayList<>();
                for (int i = 2; i < cells.length; i++) {
                    expected.add(Integer.parseInt(cells[i].strip()));
                }
                rows.add(new Row(cells[0], cells[1], expected));
            }
            return rows;
        }
    }

    private record Row(String mapping, String url, List<Integer> expected) {
    }
}

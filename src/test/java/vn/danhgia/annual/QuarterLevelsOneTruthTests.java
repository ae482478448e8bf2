package vn.danhgia.annual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.danhgia.platform.Actor;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.TestActors;

/**
 * Lương Thị Mai's quarters of 2046 (test year), announced GOOD, EXCELLENT, GOOD: the self-review's prefill, the yearly
 * history page and the quarterly history page read them from one place and say the same (seed 000 §III.6.4: the
 * quarters are the basis of the year-end review); the two history pages link to each other.
 */
@DemoDataTest
class QuarterLevelsOneTruthTests {

    static final int YEAR = 2046;

    @Autowired
    MockMvc mvc;

    @Autowired
    YearlyRatings ratings;

    @Autowired
    SelfReviewService selfReviews;

    @Autowired
    MutableClock clock;

    @Autowired
    TestActors actors;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    YearlyRatingFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new YearlyRatingFixture(context);
        cleanSelfReviews();
        fixture.clean(YEAR);
        clock.setDate(LocalDate.of(YEAR, 12, 1));
    }

    @AfterEach
    void clean() {
        cleanSelfReviews();
        fixture.clean(YEAR);
    }

    private void cleanSelfReviews() {
        jdbc.update("delete from self_review_section where self_review_id in "
                + "(select id from self_review where review_year = ?)", YEAR);
        jdbc.update("delete from self_review_score where self_review_id in "
                + "(select id from self_review where review_year = ?)", YEAR);
        jdbc.update("delete from self_review where review_year = ?", YEAR);
    }

    @Test
    void prefillYearlyHistoryAndQuarterlyHistoryShowTheSameQuarterLevels() throws Exception {
        fixture.quarters("NB014", YEAR, RatingLevel.GOOD, RatingLevel.EXCELLENT, RatingLevel.GOOD);
        long maiId = fixture.cadre("NB014");
        // Announced, so Mai herself sees them everywhere (seed 002 §4 Bước 6).
        jdbc.update("update quarter_rating set status = 'ANNOUNCED' where cadre_id = ? and period_year = ?", maiId,
                YEAR);
        Actor mai = actors.account("canbo");

        String tasks = TestActors.runAs(mai, () -> selfReviews.openMine(YEAR)).sections().stream()
                .filter(section -> section.code().equals("TASKS")).findFirst().orElseThrow().text();
        Map<String, String> prefill = new LinkedHashMap<>();
        Matcher line = Pattern.compile("Quý (I{1,3})/" + YEAR + ": xếp loại ([^.\\n]+)\\.").matcher(tasks);
        while (line.find()) {
            prefill.put("Quý " + line.group(1), line.group(2));
        }

        String yearly = page("/annual/history/" + maiId, mai);
        String quarterly = page("/review/history/" + maiId, mai);
        Map<String, String> yearlyRows = levels(yearly, 2);
        Map<String, String> quarterlyRows = levels(quarterly, 1);

        assertThat(prefill).containsExactly(Map.entry("Quý I", "Hoàn thành tốt nhiệm vụ"),
                Map.entry("Quý II", "Hoàn thành xuất sắc nhiệm vụ"), Map.entry("Quý III", "Hoàn thành tốt nhiệm vụ"));
        assertThat(yearlyRows).isEqualTo(prefill);
        assertThat(quarterlyRows).isEqualTo(prefill);

        // Each history links to the other; both read the same access rule, so the link is the reader's to follow.
        assertThat(yearly).contains("href=\"/review/history/" + maiId + "\"");
        assertThat(quarterly).contains("href=\"/annual/history/" + maiId + "\"");
        Actor outside = actors.cadre("NB035");
        mvc.perform(get("/review/history/" + maiId).with(TestActors.as(outside))).andExpect(status().isNotFound());
        mvc.perform(get("/annual/history/" + maiId).with(TestActors.as(outside))).andExpect(status().isNotFound());
    }

    private String page(String path, Actor reader) throws Exception {
        return mvc.perform(get(path).with(TestActors.as(reader))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    /** The rows of the page's history table for the year: the quarter's name and the level in the given column. */
    private static Map<String, String> levels(String html, int levelColumn) {
        Map<String, String> levels = new LinkedHashMap<>();
        Matcher row = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(html);
        while (row.find()) {
            java.util.List<String> cells = new java.util.ArrayList<>();
            Matcher cell = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL).matcher(row.group(1));
            while (cell.find()) {
                cells.add(cell.group(1).replaceAll("<[^>]+>", "").strip());
            }
            if (cells.size() > levelColumn && cells.get(0).matches("Quý I{1,3}/" + YEAR)) {
                levels.put(cells.get(0).substring(0, cells.get(0).indexOf('/')), cells.get(levelColumn));
            }
        }
        return levels;
    }
}

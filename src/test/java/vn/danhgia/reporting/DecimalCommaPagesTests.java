package vn.danhgia.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.danhgia.demo.DemoHistory;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.DemoHistoryRows;
import vn.danhgia.support.TestActors;

/**
 * Issue 12 §4 "numbers with a decimal comma on every page": pages that show figures — the dashboard's people of a demo
 * quarter (I/2075, the demo's made-up results, which no other test uses) and the score sheet's worked example — read
 * 81,25 in Vietnamese, never 81.25. The appraisal page has its own test (AppraisalPageTests).
 */
@DemoDataTest
class DecimalCommaPagesTests {

    private static final Quarter QUARTER = new Quarter(2075, 1);
    /**
     * A figure shown on its own (a cell, a total, "61,93 / 70", "88,47 %"): section numbers in running text such as
     * "§6.1" or the criteria's "1.2" are the seeds' own numbering, not figures.
     */
    private static final String FIGURE = ">\\s*(\\d{1,4}%s\\d{1,4})(?:\\s*(?:%%|/\\s*[\\d.,]+))?\\s*<";
    private static final Pattern WITH_POINT = Pattern.compile(FIGURE.formatted("\\."));
    private static final Pattern WITH_COMMA = Pattern.compile(FIGURE.formatted(","));
    /** Not shown, or not figures: the criteria's numbers (1.1, 1.2 … as seed 002 numbers them) are identifiers. */
    private static final Pattern NOT_SHOWN = Pattern.compile(
            "<script\\b.*?</script>|<head\\b.*?</head>|<td class=\"criterion-code\">[^<]*</td>", Pattern.DOTALL);

    @Autowired
    MockMvc mvc;

    @Autowired
    TestActors actors;

    @Autowired
    DemoHistory history;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void theQuarterHasResults() {
        removeTheResults();
        assertThat(history.record(QUARTER)).isPositive();
    }

    @AfterEach
    void removeTheResults() {
        DemoHistoryRows.remove(jdbc, QUARTER.year());
    }

    @ParameterizedTest
    @CsvSource({
            "canbo, /assessment/score-sheet/example",
            "tochuc, /dashboard/people?quarter=2075-Q1&decided=GOOD"})
    void figuresAreWrittenWithADecimalComma(String account, String path) throws Exception {
        String page = mvc.perform(get(path).with(TestActors.as(actors.account(account))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String shown = NOT_SHOWN.matcher(page).replaceAll(" ");

        assertThat(WITH_POINT.matcher(shown).results().map(m -> m.group(1)).toList()).as(path).isEmpty();
        assertThat(WITH_COMMA.matcher(shown).find()).as("%s shows figures with decimals at all", path).isTrue();
    }
}

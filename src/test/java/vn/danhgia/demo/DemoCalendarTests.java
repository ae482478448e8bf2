package vn.danhgia.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.scheme.SchemeCatalog;
import vn.danhgia.support.DemoDataTest;

/**
 * Issue 12 §5: wherever in the year the demo starts, it has a working quarter and the rated quarters before it (all of
 * its year, at least two where a scheme rated them). Seed 000 §I.2.2 rates quarters I–III only (IV folds into the
 * year-end rating), so in December the working quarter is III; the default scheme 02-HD/TU is in force from 1/4/2026,
 * so no quarter before II/2026 is rated.
 */
@DemoDataTest
class DemoCalendarTests {

    @Autowired
    SchemeCatalog schemes;

    @ParameterizedTest
    @CsvSource({
            "2026-12-06, 2026-3, 2026-2",
            "2026-10-01, 2026-3, 2026-2",
            "2026-08-15, 2026-3, 2026-2",
            "2026-05-10, 2026-2, ''",
            "2027-02-01, 2027-1, 2026-2 2026-3",
            "2027-05-01, 2027-2, 2026-3 2027-1",
            "2050-12-31, 2050-3, 2050-1 2050-2"})
    void theWorkingQuarterIsTheLatestRatedOneThatHasBegun(LocalDate today, String working, String history) {
        DemoCalendar calendar = new DemoCalendar(schemes);

        Quarter quarter = calendar.workingQuarter(today).orElseThrow();

        assertThat(quarter.year() + "-" + quarter.number()).isEqualTo(working);
        assertThat(calendar.history(quarter)).extracting(q -> q.year() + "-" + q.number())
                .containsExactlyElementsOf(history.isEmpty() ? List.of() : List.of(history.split(" ")));
    }

    /**
     * Issue 12 §5: the latest history quarter awaits the authority's decisions and the one before it is announced;
     * with a single history quarter (02-HD/TU in force from 1/4/2026) that one is announced and none awaits decisions.
     */
    @ParameterizedTest
    @CsvSource({
            "2026-12-06, '', 2026-2",
            "2026-08-15, '', 2026-2",
            "2026-05-10, '', ''",
            "2027-02-01, 2026-3, 2026-2",
            "2027-05-01, 2027-1, 2026-3",
            "2027-09-20, 2027-2, 2027-1",
            "2050-12-31, 2050-2, 2050-1"})
    void theLatestHistoryQuarterAwaitsDecisionsAndTheOneBeforeIsAnnounced(LocalDate today, String decision,
                                                                          String announced) {
        DemoCalendar calendar = new DemoCalendar(schemes);
        List<Quarter> history = calendar.history(calendar.workingQuarter(today).orElseThrow());

        assertThat(calendar.atDecision(history).map(q -> q.year() + "-" + q.number()).orElse(""))
                .isEqualTo(decision);
        assertThat(calendar.announced(history)).extracting(q -> q.year() + "-" + q.number())
                .containsExactlyElementsOf(announced.isEmpty() ? List.of() : List.of(announced.split(" ")));
    }
}

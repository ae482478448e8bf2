package vn.danhgia.scheme;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The quarter as quarter selectors post it ("2027-1") and back. */
class QuarterTests {

    @Test
    void aQuarterReadsBackFromItsKey() {
        Quarter third = new Quarter(2026, 3);
        assertThat(third.key()).isEqualTo("2026-3");
        assertThat(Quarter.fromKey(third.key())).contains(third);
    }

    @Test
    void textThatNamesNoQuarterGivesNone() {
        for (String text : new String[] {null, "", "2026", "2026-5", "1999-1", "2026-3-1", "quý III", "-3"}) {
            assertThat(Quarter.fromKey(text)).as(String.valueOf(text)).isEmpty();
        }
    }
}

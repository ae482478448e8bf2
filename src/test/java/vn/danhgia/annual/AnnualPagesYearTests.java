package vn.danhgia.annual;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.danhgia.platform.Actor;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.TestActors;

/**
 * On 15 January 2047 the year under review is 2046 (its review held in December, its results consolidated now): every
 * annual page and the yearly tables open on it without {@code ?year=}.
 */
@DemoDataTest
class AnnualPagesYearTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    TestActors actors;

    @Test
    void inJanuaryEveryAnnualPageOpensOnLastYear() throws Exception {
        clock.setDate(LocalDate.of(2047, 1, 15));
        Actor personnel = actors.account("tochuc");
        for (String page : new String[] {"/annual/ratings", "/annual/progress", "/annual/subjects", "/annual/meetings",
                "/annual/dossiers"}) {
            mvc.perform(get(page).with(TestActors.as(personnel)))
                    .andExpect(status().isOk())
                    .andExpect(model().attribute("year", 2046));
        }
        mvc.perform(get("/annual/self-review").with(TestActors.as(actors.account("truongphong"))))
                .andExpect(status().isOk())
                .andExpect(model().attribute("year", 2046));
        mvc.perform(get("/reports/annual/levels.xlsx").with(TestActors.as(personnel)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition",
                        org.hamcrest.Matchers.containsString("bieu-tong-hop-xep-loai-nam-2046.xlsx")));
        clock.setDate(LocalDate.of(2046, 7, 1));
        mvc.perform(get("/annual/ratings").with(TestActors.as(personnel)))
                .andExpect(model().attribute("year", 2046));
    }
}

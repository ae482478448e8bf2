package vn.danhgia.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.danhgia.support.TestActors.as;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.TestActors;

/**
 * Points with a huge exponent (valid JSON, a few characters long) are refused with a short message naming the field;
 * the message does not spell the number out digit by digit (tens of millions of characters), and nothing is stored.
 */
@DemoDataTest
class CatalogHugeNumberTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestActors actors;
    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest
    @ValueSource(strings = {"1e20000000", "-1e20000000", "1e-20000000"})
    void hugeStandardPointsAreRefusedWithAShortMessage(String number) throws Exception {
        long before = versions();
        String body = mvc.perform(post("/api/v1/catalogs").with(as(actors.account("tochuc")))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"unit": "VPUB-NB", "title": "Danh mục năm 2027", "standardPoints": %s}"""
                                .formatted(number)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("standardPoints"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(body.length()).isLessThan(1000);
        assertThat(versions()).isEqualTo(before);
    }

    private long versions() {
        return jdbc.sql("select count(*) from catalog_version").query(Long.class).single();
    }
}

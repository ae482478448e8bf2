package vn.danhgia.platform;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.danhgia.support.TestActors.as;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.TestActors;

/** Any page number of the audit trail, however large or negative, answers a page (empty past the end), never 500. */
@DemoDataTest
class AuditPagingTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestActors actors;

    @ParameterizedTest
    @ValueSource(strings = {"admin", "canbo"})
    void aPageFarPastTheEndIsEmpty(String username) throws Exception {
        mvc.perform(get("/api/v1/audit").param("page", String.valueOf(Integer.MAX_VALUE)).param("size", "100")
                        .with(as(actors.account(username))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries").isEmpty());
        mvc.perform(get("/api/v1/audit").param("page", "-5").param("size", "-3")
                        .with(as(actors.account(username))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(1));
        mvc.perform(get("/audit").param("page", String.valueOf(Integer.MAX_VALUE)).with(as(actors.account(username))))
                .andExpect(status().isOk());
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "canbo"})
    void aPageFarPastTheEndOfOnesOwnCadreTrailIsEmpty(String username) throws Exception {
        Long cadre = actors.account(username).cadreId().orElse(1L);
        mvc.perform(get("/api/v1/audit/cadres/{cadre}", cadre).param("page", String.valueOf(Integer.MAX_VALUE))
                        .param("size", "100").with(as(actors.account(username))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries").isEmpty());
    }
}

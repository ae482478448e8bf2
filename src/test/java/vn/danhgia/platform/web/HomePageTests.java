package vn.danhgia.platform.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.TestActors;

/** Issue 12 §3: the home page greets the person by their name, not their user name. */
@DemoDataTest
class HomePageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestActors actors;

    @Test
    void theHomePageGreetsThePersonByName() throws Exception {
        mvc.perform(get("/").with(TestActors.as(actors.account("canbo"))))
                .andExpect(content().string(Matchers.containsString("Xin chào Lương Thị Mai.")));
        mvc.perform(get("/").param("lang", "en").with(TestActors.as(actors.account("tochuc"))))
                .andExpect(content().string(Matchers.containsString("Hello, Lê Văn Hùng.")));
    }
}

package vn.danhgia.platform.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.TestActors;

/**
 * The API's documentation page (springdoc's Swagger UI) keeps its files now that the application maps its own static
 * files under three prefixes instead of Spring Boot's {@code /**}.
 */
@DemoDataTest
class ApiDocumentationPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestActors actors;

    @Test
    void theSwaggerPageAndItsScriptsAreServed() throws Exception {
        mvc.perform(get("/swagger-ui/index.html").with(TestActors.as(actors.account("canbo"))))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("swagger-ui")));
        mvc.perform(get("/swagger-ui/swagger-ui-bundle.js").with(TestActors.as(actors.account("canbo"))))
                .andExpect(status().isOk());
    }
}

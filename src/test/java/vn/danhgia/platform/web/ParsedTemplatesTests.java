package vn.danhgia.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.thymeleaf.cache.ICache;
import org.thymeleaf.cache.StandardCache;
import org.thymeleaf.spring6.SpringTemplateEngine;
import vn.danhgia.platform.Actor;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.TestActors;

/**
 * Issue 15 §1: a page is parsed once per node, not once per request. The personnel officer opens every page she may
 * (the authorization matrix's addresses without a record in them) twice; the second round finds every template and
 * fragment in Thymeleaf's cache: no miss, no new entry.
 */
@DemoDataTest
class ParsedTemplatesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestActors actors;

    @Autowired
    SpringTemplateEngine templates;

    @Test
    void theSecondVisitOfEveryPageParsesNothing() throws Exception {
        Actor officer = actors.account("tochuc");
        List<String> pages = pagesTheOfficerMayOpen();
        assertThat(pages).as("pages read from the authorization matrix").hasSizeGreaterThan(20);
        StandardCache<?, ?> cache = (StandardCache<?, ?>) (ICache<?, ?>) templates.getCacheManager().getTemplateCache();

        visit(pages, officer);
        Set<Object> parsed = new HashSet<>(cache.keySet());
        long misses = cache.getMissCount();
        visit(pages, officer);

        assertThat(parsed).as("templates and fragments parsed in the first round").hasSizeGreaterThan(pages.size());
        assertThat(new HashSet<Object>(cache.keySet())).as("entries after the second round").isEqualTo(parsed);
        assertThat(cache.getMissCount()).as("cache misses in the second round").isEqualTo(misses);
        assertThat(cache.getMaxSize()).as("room for every page's copy of the layout and fragments")
                .isEqualTo(TemplateCacheSize.PARSED_TEMPLATES);
        assertThat(((StandardCache<?, ?>) (ICache<?, ?>) templates.getCacheManager().getExpressionCache()).getMaxSize())
                .as("room for every expression")
                .isEqualTo(TemplateCacheSize.PARSED_EXPRESSIONS);
    }

    private void visit(List<String> pages, Actor officer) throws Exception {
        for (String page : pages) {
            mvc.perform(get(page).with(TestActors.as(officer))).andExpect(status().isOk());
        }
    }

    /** The matrix's page addresses (no API, no spreadsheet, no record placeholder) the officer gets with 200. */
    private static List<String> pagesTheOfficerMayOpen() throws IOException {
        try (InputStream matrix = ParsedTemplatesTests.class.getResourceAsStream("/authorization-matrix.tsv")) {
            return new String(matrix.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("#"))
                    .map(line -> line.split("\t"))
                    .filter(row -> row.length > 5 && row[5].equals("200"))
                    .map(row -> row[1])
                    .filter(address -> !address.contains("{") && !address.startsWith("/api")
                            && !address.contains(".xlsx"))
                    .toList();
        }
    }
}

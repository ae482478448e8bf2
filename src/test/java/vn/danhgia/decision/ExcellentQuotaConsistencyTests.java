package vn.danhgia.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.danhgia.organization.AccessScopes;
import vn.danhgia.organization.CadreId;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.Role;
import vn.danhgia.rules.CollectiveRole;
import vn.danhgia.rules.quota.QuotaOutcome;
import vn.danhgia.support.ApiTokens;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.TestActors;

/**
 * Issue 12 §2: the decision board and {@code POST /api/v1/rating/excellent-quota} give the same EXCELLENT places for
 * the same candidates, because both ask {@link vn.danhgia.rules.quota.HeadOutsideOwnUnitQuota} whether a head is
 * outside them. The demo office's department heads, decided together by the office's leadership, are peers "có vị trí,
 * vai trò … tương đồng" (seed 000 §III.3.1), not heads within their own unit's collective (seed 002 §6.1).
 */
@DemoDataTest
class ExcellentQuotaConsistencyTests {

    @Autowired
    DecisionService decisions;

    @Autowired
    MutableClock clock;

    @Autowired
    TestActors actors;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OrganizationQueries organization;

    @Autowired
    AccessScopes access;

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    DecisionFixture fixture;
    Actor thang;

    @BeforeEach
    void setUp() {
        fixture = new DecisionFixture(jdbc, organization, access);
        clean();
        clock.setDate(LocalDate.of(2031, 3, 18));
        thang = actors.cadre("NB001", Role.AUTHORITY, Role.UNIT_HEAD);
    }

    @AfterEach
    void clean() {
        fixture.clean();
    }

    @Test
    @DisplayName("Seed 000 §III.3.1, seed 002 §6.1: the board and the API give the department heads the same places")
    void boardAndApiGiveHeadsOfDifferentUnitsTheSamePlaces() throws Exception {
        CadreId phong = fixture.cadre("NB013");
        DecisionBoard.PeerGroup heads = headsGroup(phong);
        for (DecisionBoard.Row row : heads.rows()) {
            fixture.appraised(row.code(), DecisionFixture.Q1, 3);
        }
        heads = headsGroup(phong);
        List<DecisionBoard.Row> weighed = heads.rows().stream().filter(row -> row.suggestion() != null).toList();
        assertThat(weighed).hasSizeGreaterThanOrEqualTo(3);
        assertThat(weighed).extracting(DecisionBoard.Row::unit).doesNotHaveDuplicates();
        assertThat(weighed).extracting(DecisionBoard.Row::role).contains(CollectiveRole.HEAD);
        assertThat(heads.places()).isPositive();
        assertThat(weighed).extracting(DecisionBoard.Row::quotaOutcome)
                .doesNotContain(QuotaOutcome.HEAD_OUTSIDE_QUOTA);

        String candidates = weighed.stream().map(row -> "{\"id\":\"" + row.code() + "\",\"role\":\"" + row.role()
                + "\",\"suggestedLevel\":\"" + row.suggestion().level() + "\"}").collect(Collectors.joining(","));
        mvc.perform(post("/api/v1/rating/excellent-quota")
                        .with(ApiTokens.bearer(ApiTokens.issue(context, "admin")))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"group\":\"PEER_GROUP\",\"candidates\":[" + candidates + "]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.places").value(heads.places()))
                .andExpect(jsonPath("$.base").value(heads.qualified()))
                .andExpect(jsonPath("$.ranking[?(@.outcome == 'HEAD_OUTSIDE_QUOTA')]").isEmpty());
    }

    private DecisionBoard.PeerGroup headsGroup(CadreId head) {
        DecisionBoard board = TestActors.runAs(thang, () -> decisions.board(DecisionFixture.Q1));
        return board.groups().stream().filter(group -> group.rows().stream().anyMatch(row -> row.cadre().equals(head)))
                .findFirst().orElseThrow();
    }
}

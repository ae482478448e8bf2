package vn.danhgia.assessment.api;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.danhgia.support.ApiTokens;

/** POST /api/v1/rating/suggest, /excellent-quota and /year-end (issue 2 §5). */
@SpringBootTest
@AutoConfigureMockMvc
class RatingApiTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    /** Seed 002 §6.1: under 100 % of tasks done → "Không hoàn thành nhiệm vụ", whatever the 91,93 points say. */
    @Test
    void workedExampleIsNotCompletedBecauseOneReportIsMissing() throws Exception {
        call("/suggest", "{\"scoreSheet\":" + ScoringRequests.seed002Example() + "}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.level").value("NOT_COMPLETED"))
                .andExpect(jsonPath("$.levelName").value("Không hoàn thành nhiệm vụ"))
                .andExpect(jsonPath("$.score.total").value(91.93))
                .andExpect(jsonPath("$.taskConditions.done").value(4))
                .andExpect(jsonPath("$.reasons[?(@.code == 'not-all-done')].citation").value("Hướng dẫn 02-HD/TU §6.1"));
    }

    /**
     * Seed 002 §6.1: "trừ trường hợp vì lý do khách quan, bất khả kháng được cấp có thẩm quyền xác nhận". The excused
     * report leaves four tasks, all on time and one of them beyond requirement (25 % < 30 %): GOOD.
     */
    @Test
    void confirmedForceMajeureLiftsTheNotCompletedRule() throws Exception {
        call("/suggest", "{\"scoreSheet\":" + ScoringRequests.seed002Example()
                + ",\"forceMajeureReason\":\"Báo cáo tháng 6 hoãn theo chỉ đạo của Thường trực Tỉnh ủy\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.level").value("GOOD"));
    }

    /**
     * Issue 12 §2, seed 002 §6.1 and §7 d: a confirmed force majeure that excused all three tasks (nothing done) lifts
     * the automatic NOT_COMPLETED but gives no ground for GOOD under the conditions-only scheme of seed 000: the answer
     * is at most COMPLETED, asks for the authority and says why, pointing to deferral (hoãn đánh giá, §7 d).
     */
    @Test
    void forceMajeureThatExcusedEveryTaskIsLeftToDeferralOrTheAuthority() throws Exception {
        call("/suggest", "{\"taskConditions\":{\"assigned\":3,\"done\":0,\"beyond\":0,\"late\":0,"
                + "\"needingRework\":0},\"forceMajeureReason\":\"Cả quý trực Sở Chỉ huy phòng, chống lũ theo Quyết "
                + "định của Chủ tịch UBND tỉnh\"}", "NB-VP-UBND-2026")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.level").value("COMPLETED"))
                .andExpect(jsonPath("$.levelName").value("Hoàn thành nhiệm vụ"))
                .andExpect(jsonPath("$.needsAuthorityDecision").value(true))
                .andExpect(jsonPath("$.reasons[?(@.code == 'force-majeure-nothing-done')].citation")
                        .value("Hướng dẫn 02-HD/TU §7 d"))
                .andExpect(jsonPath("$.reasons[?(@.code == 'force-majeure-nothing-done')].cap").value("COMPLETED"))
                .andExpect(jsonPath("$.reasons[?(@.code == 'force-majeure-nothing-done')].message",
                        contains(allOf(containsString("hoãn đánh giá"), containsString("mục 7 điểm d"),
                                containsString("cấp có thẩm quyền xem xét, quyết định")))));
    }

    /** Seed 000 §III.3.4 a): "bị xử lý kỷ luật từ khiển trách trở lên" → NOT_COMPLETED. */
    @Test
    void reprimandForADutyViolationVetoes() throws Exception {
        call("/suggest", "{\"taskConditions\":{\"assigned\":5,\"done\":5,\"beyond\":2,\"late\":0,\"needingRework\":0},"
                + "\"vetoes\":[{\"kind\":\"DISCIPLINE\",\"disciplineForm\":\"REPRIMAND\",\"dutyRelated\":true,"
                + "\"description\":\"Khiển trách do chậm trình đề án, Quyết định 12/QĐ-VP\"}]}",
                "NB-VP-UBND-2026")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.level").value("NOT_COMPLETED"))
                .andExpect(jsonPath("$.score").doesNotExist());
    }

    @Test
    void vetoWithoutDescriptionIsRefused() throws Exception {
        problem(call("/suggest", "{\"taskConditions\":{\"assigned\":1,\"done\":1,\"beyond\":0,\"late\":0,"
                + "\"needingRework\":0},\"vetoes\":[{\"kind\":\"DEGRADATION\"}]}", "NB-VP-UBND-2026"))
                .andExpect(jsonPath("$.errors[0].field").value("vetoes[0].description"));
    }

    @Test
    void pointsSchemeWithoutASheetIsRefused() throws Exception {
        problem(call("/suggest", "{\"taskConditions\":{\"assigned\":5,\"done\":5,\"beyond\":2,\"late\":0,"
                + "\"needingRework\":0}}"))
                .andExpect(jsonPath("$.errors[0].field").value("scoreSheet"));
    }

    @Test
    void sheetErrorsAreNamedInsideTheSheet() throws Exception {
        problem(call("/suggest", "{\"scoreSheet\":" + ScoringRequests.seed002Example()
                .replace("\"plannedQuantity\":2", "\"plannedQuantity\":-2") + "}"))
                .andExpect(jsonPath("$.errors[0].field").value("scoreSheet.axes[0].tasks[0].plannedQuantity"));
    }

    @Test
    void unknownDisciplineFormListsTheAllowedValues() throws Exception {
        problem(call("/suggest", "{\"taskConditions\":{\"assigned\":1,\"done\":1,\"beyond\":0,\"late\":0,"
                + "\"needingRework\":0},\"vetoes\":[{\"kind\":\"DISCIPLINE\",\"disciplineForm\":\"NHAC_NHO\"}]}",
                "NB-VP-UBND-2026"))
                .andExpect(jsonPath("$.detail", containsString("vetoes[0].disciplineForm: giá trị không hợp lệ")))
                .andExpect(jsonPath("$.detail", containsString("REPRIMAND")));
    }

    @Test
    void doneAboveAssignedIsRefused() throws Exception {
        problem(call("/suggest", "{\"taskConditions\":{\"assigned\":3,\"done\":4,\"beyond\":0,\"late\":0,"
                + "\"needingRework\":0}}", "NB-VP-UBND-2026"))
                .andExpect(jsonPath("$.errors[0].field").value("taskConditions.done"));
    }

    /**
     * Quy định 366-QĐ/TW Điều 11: a leader's GOOD and EXCELLENT also need the led unit to meet that level's conditions.
     * Left empty, the led unit is unknown and the leader is capped at COMPLETED, however good their own tasks.
     */
    @Test
    void leaderWhoseLedUnitIsLeftEmptyIsCappedAtCompleted() throws Exception {
        call("/suggest", "{\"taskConditions\":{\"assigned\":10,\"done\":10,\"beyond\":4,\"late\":0,"
                + "\"needingRework\":0},\"leader\":true}", "NB-VP-UBND-2026")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.level").value("COMPLETED"))
                .andExpect(jsonPath("$.reasons[?(@.code == 'leader-unit-unknown')].cap").value("COMPLETED"));
    }

    /** Issue 12 §2: the OpenAPI document says what leaving the led unit empty does, not only that it may be left empty. */
    @Test
    void theApiDocumentSaysAnEmptyLedUnitCapsTheLeaderAtCompleted() throws Exception {
        mvc.perform(get("/v3/api-docs").with(user("admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.schemas.RatingSuggestionRequest.properties.ledUnit.description",
                        allOf(containsString("tối đa là “Hoàn thành nhiệm vụ”"), containsString("leader-unit-unknown"),
                                containsString("Quy định 366-QĐ/TW Điều 11"))));
    }

    /** Seed 000 §III.3.1: 20 % of 13 GOOD = 2,6 → 3 places ("làm tròn từ 0,5 trở lên làm tròn lên 1"). */
    @Test
    void thirteenGoodCadresGetThreeExcellentPlaces() throws Exception {
        StringBuilder candidates = new StringBuilder();
        for (int i = 1; i <= 13; i++) {
            candidates.append(i == 1 ? "" : ",").append("{\"id\":\"NB0").append(10 + i)
                    .append("\",\"role\":\"MEMBER\",\"suggestedLevel\":\"").append(i <= 4 ? "EXCELLENT" : "GOOD")
                    .append("\",\"total\":").append(95 - i).append(",\"kpi\":").append(1.0 - i / 100.0).append('}');
        }
        call("/excellent-quota", "{\"group\":\"PEER_GROUP\",\"candidates\":[" + candidates + "]}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.places").value(3))
                .andExpect(jsonPath("$.base").value(13))
                .andExpect(jsonPath("$.ranking[0].id").value("NB011"))
                .andExpect(jsonPath("$.ranking[0].outcome").value("AWARDED"))
                .andExpect(jsonPath("$.ranking[3].outcome").value("OUTSIDE_PLACES"));
    }

    /**
     * Seed 000 §III.3.1: the quota is counted "theo đối tượng có vị trí, vai trò, chức năng, nhiệm vụ tương đồng", so
     * five heads of different departments decided by the same authority are peers: 20 % of 5 = 1 place, and the
     * ranking (overall KPI first) gives it to the best; the others are GOOD. Seed 002 §6.1 leaves a head outside only
     * their own collective's quota. Before issue 12 §2 this gave 0 places and left all five EXCELLENT.
     */
    @Test
    void headsOfDifferentUnitsShareThePeerGroupsPlaces() throws Exception {
        StringBuilder candidates = new StringBuilder();
        String[] units = {"Kinh tế", "Nội chính", "Tổng hợp", "Hành chính - Tổ chức", "Kiểm soát thủ tục hành chính"};
        for (int i = 0; i < units.length; i++) {
            candidates.append(i == 0 ? "" : ",").append("{\"id\":\"NB0").append(13 + i * 3)
                    .append("\",\"name\":\"Trưởng phòng ").append(units[i])
                    .append("\",\"role\":\"HEAD\",\"suggestedLevel\":\"EXCELLENT\",\"total\":").append(96 - i)
                    .append(",\"kpi\":").append(1.2 - i / 100.0).append('}');
        }
        call("/excellent-quota", "{\"group\":\"PEER_GROUP\",\"candidates\":[" + candidates + "]}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.places").value(1))
                .andExpect(jsonPath("$.base").value(5))
                .andExpect(jsonPath("$.ranking[0].id").value("NB013"))
                .andExpect(jsonPath("$.ranking[0].outcome").value("AWARDED"))
                .andExpect(jsonPath("$.ranking[0].proposedLevel").value("EXCELLENT"))
                .andExpect(jsonPath("$.ranking[?(@.outcome == 'OUTSIDE_PLACES')].id")
                        .value(containsInAnyOrder("NB016", "NB019", "NB022", "NB025")))
                .andExpect(jsonPath("$.ranking[?(@.outcome == 'HEAD_OUTSIDE_QUOTA')]").isEmpty());
    }

    /**
     * Seed 002 §6.1: within their own unit's leadership the head is "không tính vào tỷ lệ": five deputies GOOD-qualified
     * give 1 place (20 % of 5), the head is neither counted nor ranked and keeps the suggested level.
     */
    @Test
    void headWithinTheirOwnUnitIsOutsideThePlaces() throws Exception {
        StringBuilder candidates = new StringBuilder("{\"id\":\"NB001\",\"role\":\"HEAD\","
                + "\"suggestedLevel\":\"EXCELLENT\",\"total\":98,\"kpi\":1.3}");
        for (int i = 2; i <= 6; i++) {
            candidates.append(",{\"id\":\"NB00").append(i).append("\",\"role\":\"DEPUTY\",\"suggestedLevel\":\"")
                    .append(i <= 3 ? "EXCELLENT" : "GOOD").append("\",\"total\":").append(95 - i)
                    .append(",\"kpi\":").append(1.1 - i / 100.0).append('}');
        }
        call("/excellent-quota", "{\"group\":\"UNIT\",\"candidates\":[" + candidates + "]}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.places").value(1))
                .andExpect(jsonPath("$.base").value(5))
                .andExpect(jsonPath("$.ranking[?(@.id == 'NB001')].outcome").value("HEAD_OUTSIDE_QUOTA"))
                .andExpect(jsonPath("$.ranking[?(@.id == 'NB002')].outcome").value("AWARDED"))
                .andExpect(jsonPath("$.ranking[?(@.id == 'NB003')].outcome").value("OUTSIDE_PLACES"));
    }

    /** Seed 002 §5: "Không hoàn thành nhiệm vụ từ 02 quý liên tiếp trở lên" → replace; across the year boundary. */
    @Test
    void notCompletedInQuarterThreeAndAtYearEndRaisesTheReplacementAlert() throws Exception {
        call("/year-end", "{\"year\":2026,\"periods\":[{\"year\":2026,\"period\":\"Q1\",\"level\":\"GOOD\"},"
                + "{\"year\":2026,\"period\":\"Q2\",\"level\":\"GOOD\"},{\"year\":2026,\"period\":\"Q3\","
                + "\"level\":\"NOT_COMPLETED\"},{\"year\":2026,\"period\":\"YEAR_END\",\"level\":\"NOT_COMPLETED\"}]}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.excellentAllowed").value(false))
                .andExpect(jsonPath("$.replacementAlerts[0].fromPeriod").value("Q3"))
                .andExpect(jsonPath("$.replacementAlerts[0].toPeriod").value("YEAR_END"));
    }

    /**
     * Seed 002 §7 d folds a deferred quarter into the next ("được xem xét sang quý tiếp theo"), so NOT_COMPLETED in
     * Q1 and Q3 around a deferred Q2 are consecutive ratings: seed 002 §5 asks for the replacement.
     */
    @Test
    void runOfNotCompletedIsCarriedAcrossADeferredQuarter() throws Exception {
        call("/year-end", "{\"year\":2026,\"periods\":[{\"year\":2026,\"period\":\"Q1\",\"level\":\"NOT_COMPLETED\"},"
                + "{\"year\":2026,\"period\":\"Q2\",\"notRated\":\"DEFERRED\"},"
                + "{\"year\":2026,\"period\":\"Q3\",\"level\":\"NOT_COMPLETED\"}]}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.excellentAllowed").value(false))
                .andExpect(jsonPath("$.replacementAlerts.length()").value(1))
                .andExpect(jsonPath("$.replacementAlerts[0].fromPeriod").value("Q1"))
                .andExpect(jsonPath("$.replacementAlerts[0].toPeriod").value("Q3"))
                .andExpect(jsonPath("$.replacementAlerts[0].periods").value(2))
                .andExpect(jsonPath("$.replacementAlerts[0].unratedBetween").value(1))
                .andExpect(jsonPath("$.replacementAlerts[0].reason.citation").value("Hướng dẫn 02-HD/TU §5"))
                .andExpect(jsonPath("$.replacementAlerts[0].reason.message", containsString("mục 7 điểm d")));
    }

    /**
     * Quarter IV is rated with the year (seed 000 §I.2.2), so "Q4" names the year-end rating; a quarter III deferred
     * under seed 002 §7 d goes into it, and NOT_COMPLETED in Q2 and Q4 is a run (seed 002 §5).
     */
    @Test
    void quarterFourIsTheYearEndRatingAndTakesUpADeferredThirdQuarter() throws Exception {
        call("/year-end", "{\"year\":2026,\"periods\":[{\"year\":2026,\"period\":\"Q2\",\"level\":\"NOT_COMPLETED\"},"
                + "{\"year\":2026,\"period\":\"Q3\",\"notRated\":\"DEFERRED\"},"
                + "{\"year\":2026,\"period\":\"Q4\",\"level\":\"NOT_COMPLETED\"}]}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.replacementAlerts[0].fromPeriod").value("Q2"))
                .andExpect(jsonPath("$.replacementAlerts[0].toPeriod").value("YEAR_END"));
    }

    /** Seed 002 §3.3: quarters exempt from the quarterly rating leave the year-end ratings consecutive. */
    @Test
    void exemptQuartersLeaveTheYearEndRatingsConsecutive() throws Exception {
        call("/year-end", "{\"year\":2026,\"periods\":[{\"year\":2025,\"period\":\"YEAR_END\","
                + "\"level\":\"NOT_COMPLETED\"},{\"year\":2026,\"period\":\"Q1\",\"notRated\":\"EXEMPT\"},"
                + "{\"year\":2026,\"period\":\"Q2\",\"notRated\":\"EXEMPT\"},"
                + "{\"year\":2026,\"period\":\"Q3\",\"notRated\":\"EXEMPT\"},"
                + "{\"year\":2026,\"period\":\"YEAR_END\",\"level\":\"NOT_COMPLETED\"}]}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.replacementAlerts[0].unratedBetween").value(3));
    }

    @Test
    void markedQuarterWithALevelIsRefused() throws Exception {
        problem(call("/year-end", "{\"year\":2026,\"periods\":[{\"year\":2026,\"period\":\"Q2\","
                + "\"level\":\"GOOD\",\"notRated\":\"DEFERRED\"}]}"))
                .andExpect(jsonPath("$.errors[0].field").value("periods[0].notRated"));
    }

    /** Seed 002 §7 d defers a quarterly rating; quarter IV has none of its own, so it cannot be deferred. */
    @Test
    void quarterFourCannotBeMarkedDeferred() throws Exception {
        problem(call("/year-end", "{\"year\":2026,\"periods\":[{\"year\":2026,\"period\":\"Q4\","
                + "\"notRated\":\"DEFERRED\"}]}"))
                .andExpect(jsonPath("$.errors[0].field").value("periods[0].notRated"))
                .andExpect(jsonPath("$.detail", containsString("quý IV")));
    }

    @Test
    void quarterFourAndYearEndOfTheSameYearAreOnePeriod() throws Exception {
        problem(call("/year-end", "{\"year\":2026,\"periods\":[{\"year\":2026,\"period\":\"Q4\","
                + "\"level\":\"GOOD\"},{\"year\":2026,\"period\":\"YEAR_END\",\"level\":\"GOOD\"}]}"))
                .andExpect(jsonPath("$.errors[0].field").value("periods[1]"));
    }

    @Test
    void duplicatedPeriodIsRefused() throws Exception {
        problem(call("/year-end", "{\"year\":2026,\"periods\":[{\"year\":2026,\"period\":\"Q1\",\"level\":\"GOOD\"},"
                + "{\"year\":2026,\"period\":\"Q1\",\"level\":\"GOOD\"}]}"))
                .andExpect(jsonPath("$.errors[0].field").value("periods[1]"));
    }

    private ResultActions call(String path, String json) throws Exception {
        return call(path, json, null);
    }

    private ResultActions call(String path, String json, String scheme) throws Exception {
        var request = post("/api/v1/rating" + path).with(ApiTokens.bearer(ApiTokens.of(context, "admin")))
                .contentType(MediaType.APPLICATION_JSON).content(json);
        return mvc.perform(scheme == null ? request : request.param("scheme", scheme));
    }

    private static ResultActions problem(ResultActions actions) throws Exception {
        return actions.andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}

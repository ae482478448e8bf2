package vn.danhgia.publication;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import vn.danhgia.appraisal.AppraisalContent;
import vn.danhgia.appraisal.AppraisalService;
import vn.danhgia.appraisal.AppraisalView;
import vn.danhgia.decision.DecisionService;
import vn.danhgia.decision.RatingView;
import vn.danhgia.organization.AccessScopes;
import vn.danhgia.organization.CadreId;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.platform.Actor;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.SubmittedSelfAssessments;
import vn.danhgia.support.TestActors;

/**
 * Lương Thị Mai's own audit trail ("Nhật ký hồ sơ của tôi") over quarter I/2029, which no other test uses: she reads
 * the entries about her only as far as she may read the records they are about. The appraisal of her self-assessment
 * is never hers to read (it answers 403), so neither are its entries; her rating's proposal and decision become hers
 * with the announcement (seed 002 §4 Bước 6), as her rating history shows them.
 */
@DemoDataTest
class OwnAuditTrailTests {

    static final Quarter QUARTER = new Quarter(2029, 1);

    @Autowired
    MockMvc mvc;

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
    AppraisalService appraisals;

    @Autowired
    DecisionService decisions;

    @Autowired
    AnnouncementService announcements;

    Actor mai;
    long appraisalId;
    long ratingId;

    @BeforeEach
    void setUp() {
        clean();
        clock.setDate(LocalDate.of(2029, 3, 20));
        mai = actors.account("canbo");
        long assessment = new SubmittedSelfAssessments(jdbc, organization, access)
                .submitted("NB014", QUARTER, 0, true, "GOOD");
        Actor hung = actors.account("tochuc");
        AppraisalView opened = TestActors.runAs(hung, () -> appraisals.open(assessment));
        AppraisalView proposed = TestActors.runAs(hung, () -> appraisals.save(opened.id(), opened.version(),
                new AppraisalContent(null, "GOOD", null)));
        appraisalId = TestActors.runAs(hung, () -> appraisals.complete(proposed.id(), proposed.version())).id();
        Actor phong = actors.account("truongphong");
        CadreId maiId = new CadreId(mai.cadreId().orElseThrow());
        RatingView rating = TestActors.runAs(phong, () -> decisions.propose(maiId, QUARTER, null, "GOOD",
                "Hoàn thành tốt các nhiệm vụ quý"));
        ratingId = TestActors.runAs(phong, () -> decisions.decide(maiId, QUARTER, rating.version(), "GOOD", null,
                null)).id();
    }

    @AfterEach
    void clean() {
        String assessments = "select id from self_assessment where period_year = 2029";
        for (Long rating : jdbc.queryForList("select id from quarter_rating where period_year = 2029", Long.class)) {
            jdbc.update("delete from notification where dedup_key like ?", "RATING_ANNOUNCED:rating " + rating + ":%");
        }
        jdbc.update("delete from quarter_rating where period_year = 2029");
        jdbc.update("delete from appraisal_task where appraisal_id in (select id from appraisal where"
                + " self_assessment_id in (" + assessments + "))");
        jdbc.update("delete from appraisal where self_assessment_id in (" + assessments + ")");
        for (String table : List.of("self_assessment_task", "self_assessment_criterion", "self_assessment_axis")) {
            jdbc.update("delete from " + table + " where assessment_id in (" + assessments + ")");
        }
        jdbc.update("delete from self_assessment where period_year = 2029");
    }

    @Test
    void beforeTheAnnouncementTheCadreReadsNoEntryOfHerAppraisalOrRating() throws Exception {
        assertThat(actions(mai, "APPRAISAL", appraisalId)).isEmpty();
        assertThat(actions(mai, "QUARTER_RATING", ratingId)).isEmpty();
        assertThat(actionsAboutHer(mai, "QUARTER_RATING", ratingId)).isEmpty();
        assertThat(page(get("/audit").param("recordType", "QUARTER_RATING"), mai))
                .doesNotContain("Xếp loại quý số " + ratingId);
        assertThat(page(get("/audit").param("recordType", "APPRAISAL"), mai))
                .doesNotContain("Thẩm định số " + appraisalId);
        // The administrator reads them all.
        Actor admin = actors.account("admin");
        assertThat(actions(admin, "APPRAISAL", appraisalId)).contains("APPRAISAL_OPENED", "APPRAISAL_COMPLETED");
        assertThat(actions(admin, "QUARTER_RATING", ratingId)).containsExactly("RATING_DECIDED", "RATING_PROPOSED");
        pagesHaveNoHoles(mai);
    }

    @Test
    void theAnnouncementGivesHerTheRatingsEntriesButNeverTheAppraisals() throws Exception {
        TestActors.runAs(actors.account("tochuc"), () -> announcements.announce(
                organization.unitByCode("VPUB-NB.KT").orElseThrow().id().value(), 2029, 1));

        assertThat(actions(mai, "QUARTER_RATING", ratingId))
                .containsExactly("RATING_ANNOUNCED", "RATING_DECIDED", "RATING_PROPOSED");
        assertThat(actionsAboutHer(mai, "QUARTER_RATING", ratingId))
                .containsExactly("RATING_ANNOUNCED", "RATING_DECIDED", "RATING_PROPOSED");
        assertThat(page(get("/audit").param("recordType", "QUARTER_RATING"), mai))
                .contains("Xếp loại quý số " + ratingId);
        assertThat(actions(mai, "APPRAISAL", appraisalId)).isEmpty();
        pagesHaveNoHoles(mai);
    }

    /** The actions of the entries about the record that the person reads in /api/v1/audit, newest first. */
    private List<String> actions(Actor reader, String recordType, long recordId) throws Exception {
        return actionsIn(get("/api/v1/audit").param("recordType", recordType).param("size", "100"), reader,
                recordType, recordId);
    }

    /** The same from her own trail, /api/v1/audit/cadres/{her id}. */
    private List<String> actionsAboutHer(Actor reader, String recordType, long recordId) throws Exception {
        return actionsIn(get("/api/v1/audit/cadres/{cadre}", mai.cadreId().orElseThrow()).param("size", "100"),
                reader, recordType, recordId);
    }

    private List<String> actionsIn(MockHttpServletRequestBuilder request, Actor reader, String recordType,
                                   long recordId) throws Exception {
        return JsonPath.read(page(request, reader), "$.entries[?(@.recordType == '" + recordType
                + "' && @.recordId == " + recordId + ")].action");
    }

    /** Every page of her trail is full but the last, and together they hold the total the first one announces. */
    private void pagesHaveNoHoles(Actor reader) throws Exception {
        int size = 3;
        String first = page(get("/api/v1/audit").param("size", String.valueOf(size)), reader);
        int total = ((Number) JsonPath.read(first, "$.totalElements")).intValue();
        int pages = JsonPath.read(first, "$.totalPages");
        int seen = 0;
        for (int number = 0; number < pages; number++) {
            String body = page(get("/api/v1/audit").param("size", String.valueOf(size))
                    .param("page", String.valueOf(number)), reader);
            int entries = JsonPath.<List<?>>read(body, "$.entries").size();
            assertThat(entries).as("page %d of %d", number, pages)
                    .isEqualTo(Math.min(size, total - number * size));
            seen += entries;
        }
        assertThat(seen).isEqualTo(total);
    }

    private String page(MockHttpServletRequestBuilder request, Actor reader) throws Exception {
        return mvc.perform(request.with(TestActors.as(reader)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}

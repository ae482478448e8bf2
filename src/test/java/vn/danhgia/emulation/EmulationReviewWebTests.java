package vn.danhgia.emulation;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import vn.danhgia.platform.Actor;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.emulation.EmulationTitle;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.TestActors;

/**
 * Phòng Kinh tế's review of 2143 through the pages and the API (issue 14 §4): the candidates with their reasons in
 * Vietnamese beside the registered target, the refusal of a person who never registered as problem+json, the meeting
 * refused on the page before the ratings are decided, and the API in the OpenAPI document.
 */
@DemoDataTest
class EmulationReviewWebTests {

    static final int YEAR = 2143;

    @Autowired
    MockMvc mvc;
    @Autowired
    TestActors actors;
    @Autowired
    MutableClock clock;
    @Autowired
    ApplicationContext context;
    @Autowired
    EmulationReviews reviews;

    EmulationReviewFixture fixture;
    Actor head;

    @BeforeEach
    void setUp() {
        fixture = new EmulationReviewFixture(context);
        fixture.clean();
        clock.setDate(LocalDate.of(YEAR, 12, 10));
        head = actors.account("truongphong");
        fixture.rated("NB013", YEAR, RatingLevel.GOOD);
        fixture.rated("NB014", YEAR, RatingLevel.EXCELLENT);
        fixture.rated("NB015", YEAR, RatingLevel.GOOD);
        fixture.collectiveRated(YEAR, RatingLevel.GOOD);
        fixture.registered("NB013", YEAR, EmulationTitle.ADVANCED_WORKER);
        fixture.initiative("NB013", YEAR, "Số hóa hồ sơ thẩm định dự án đầu tư");
    }

    @AfterEach
    void clean() {
        fixture.clean();
    }

    @Test
    void thePageShowsEachCandidatesReasonsBesideTheRegisteredTarget() throws Exception {
        EmulationReviewView review = TestActors.runAs(head, () -> reviews.open(fixture.unit(), YEAR));

        mvc.perform(get("/emulation/reviews/{id}", review.id()).with(TestActors.as(head)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Trịnh Đình Phong")))
                .andExpect(content().string(containsString("Mục tiêu đăng ký: Lao động tiên tiến")))
                .andExpect(content().string(containsString("1 sáng kiến, đề tài được công nhận trong năm")))
                .andExpect(content().string(containsString("Không có bản đăng ký thi đua từ đầu năm")));
        mvc.perform(get("/emulation/reviews").param("year", String.valueOf(YEAR)).with(TestActors.as(head)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/emulation/reviews/" + review.id())));
    }

    @Test
    void aVoteThroughHtmxAnswersTheNominationsWithTheOutcomeAndTheShare() throws Exception {
        // Chiến sĩ thi đua cơ sở needs 70 % of the council; Nghị định 98/2023's share (15 % of the Lao động tiên tiến
        // chosen, here of none) is shown to the unit and weighed by the office.
        EmulationReviewView review = TestActors.runAs(head, () -> reviews.open(fixture.unit(), YEAR));
        EmulationReviewView minuted = TestActors.runAs(head, () -> reviews.recordMinutes(review.id(),
                review.version(), new ReviewMinutes(LocalDate.of(YEAR, 12, 12), 9, "Trịnh Đình Phong", "Hà Quốc Bảo",
                        null)));
        EmulationReviewView nominated = TestActors.runAs(head, () -> reviews.nominate(minuted.id(), minuted.version(),
                Nominee.person(fixture.cadre("NB013")), EmulationTitle.GRASSROOTS_EMULATION_FIGHTER));
        NominationView fighter = nominated.nominations().get(0);

        mvc.perform(post("/emulation/reviews/{id}/nominations/{n}/vote", review.id(), fighter.id()).with(csrf())
                        .with(TestActors.as(head)).header("HX-Request", "true")
                        .param("version", String.valueOf(fighter.version())).param("votesFor", "5")
                        .param("votesAgainst", "4"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"nominations\"")))
                .andExpect(content().string(containsString("Không được chọn")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("<html"))));
        long version = TestActors.runAs(head, () -> reviews.get(review.id())).nominations().get(0).version();
        mvc.perform(post("/emulation/reviews/{id}/nominations/{n}/vote", review.id(), fighter.id()).with(csrf())
                        .with(TestActors.as(head)).header("HX-Request", "true")
                        .param("version", String.valueOf(version)).param("votesFor", "9")
                        .param("votesAgainst", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Được chọn")))
                .andExpect(content().string(containsString("Chiến sĩ thi đua cơ sở đã chọn: 1; theo tỷ lệ, 0 Lao động"
                        + " tiên tiến đã chọn của đơn vị cho phép tối đa 0.")));
    }

    @Test
    void thePageRefusesTheMeetingBeforeTheRatingsAreDecided() throws Exception {
        fixture.rated("NB013", YEAR + 1, null);

        mvc.perform(post("/emulation/reviews").with(csrf()).with(TestActors.as(head))
                        .param("unitId", String.valueOf(fixture.unit())).param("year", String.valueOf(YEAR + 1)))
                .andExpect(redirectedUrl("/emulation/reviews?year=" + (YEAR + 1)))
                .andExpect(flash().attribute("refusal", containsString("chưa được quyết định")));
    }

    @Test
    void theApiAnswersEligibilityAndRefusesAnUnregisteredNomineeAsProblemJson() throws Exception {
        mvc.perform(get("/api/v1/emulation/eligibility").param("unitId", String.valueOf(fixture.unit()))
                        .param("year", String.valueOf(YEAR)).with(TestActors.as(actors.account("tochuc"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.candidates[?(@.name == 'Lương Thị Mai')].titles[0].reasons[0].sentence")
                        .value("Không có bản đăng ký thi đua từ đầu năm nên không được đề nghị danh hiệu"));
        EmulationReviewView review = TestActors.runAs(head, () -> reviews.open(fixture.unit(), YEAR));

        mvc.perform(post("/api/v1/emulation/reviews/{id}/nominations", review.id()).with(csrf())
                        .with(TestActors.as(head)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + review.version() + ",\"holder\":\"INDIVIDUAL\",\"subjectId\":"
                                + fixture.cadre("NB014") + ",\"title\":\"ADVANCED_WORKER\"}"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(content().string(containsString("Không có bản đăng ký thi đua từ đầu năm")));
        mvc.perform(post("/api/v1/emulation/reviews/{id}/nominations", review.id()).with(csrf())
                        .with(TestActors.as(head)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + review.version() + ",\"holder\":\"INDIVIDUAL\",\"subjectId\":"
                                + fixture.cadre("NB013") + ",\"title\":\"GRASSROOTS_EMULATION_FIGHTER\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nominations[0].registeredTarget").value("ADVANCED_WORKER"));
        mvc.perform(get("/v3/api-docs").with(TestActors.as(actors.account("admin"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/emulation/eligibility'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/emulation/reviews/{id}/nominations/{nominationId}/vote'].post")
                        .exists());
    }
}

package vn.danhgia.scheme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Properties;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import vn.danhgia.platform.AuditTrail;
import vn.danhgia.platform.CurrentActor;
import vn.danhgia.platform.TodoList;

/**
 * An installation that runs under its own scheme: the demo's Văn phòng UBND tỉnh Ninh Bình rates under its Đảng ủy's
 * plan (seed 000), not under Tỉnh ủy An Giang's Hướng dẫn 02-HD/TU (issue 12 §4).
 */
@ApplicationModuleTest(extraIncludes = "rules")
@Tag("persistence")
class OrganisationSchemeTests {

    private static final String NINH_BINH = "NB-VP-UBND-2026";

    // The settings page's service and the default period read the platform's audit trail, signed-in person, to-do
    // list and clock, which this module test does not start.
    @MockitoBean
    AuditTrail auditTrail;
    @MockitoBean
    CurrentActor currentActor;
    @MockitoBean
    TodoList todoList;
    @MockitoBean
    Clock clock;

    @Autowired
    SchemeCatalog schemes;

    @Test
    void theDemoProfileRunsTheNinhBinhOfficeUnderItsOwnPlan() {
        YamlPropertiesFactoryBean demo = new YamlPropertiesFactoryBean();
        demo.setResources(new ClassPathResource("application-demo.yml"));
        Properties properties = demo.getObject();

        assertThat(properties).containsEntry("danhgia.scheme.organisation-scheme", NINH_BINH);
    }

    @Test
    void withoutAnOrganisationSchemeTheAnGiangGuidanceStaysTheDefault() {
        assertThat(schemes.inForce(LocalDate.of(2026, 12, 6))).map(EvaluationSchemeView::code)
                .contains("AG-02-HD-TU-2026");
    }

    @ApplicationModuleTest(extraIncludes = "rules")
    @Tag("persistence")
    @org.springframework.test.context.TestPropertySource(properties = "danhgia.scheme.organisation-scheme=" + NINH_BINH)
    @org.junit.jupiter.api.Nested
    class UnderTheNinhBinhPlan {

        @Autowired
        SchemeCatalog pinned;

        // Seed 000 §I.2.2: "chỉ thực hiện việc đánh giá, xếp loại đối với quý I, II, III".
        @Test
        void quarterFourIsNotRatedInDecember2026() {
            EvaluationSchemeView inForce = pinned.inForce(LocalDate.of(2026, 12, 6)).orElseThrow();

            assertThat(inForce.code()).isEqualTo(NINH_BINH);
            assertThat(inForce.legalBasis()).contains("34-KH/TU", "48-KH/ĐU");
            assertThat(inForce.rates(new Quarter(2026, 3))).isTrue();
            assertThat(inForce.rates(new Quarter(2026, 4))).isFalse();
        }

        // Seed 000 covers 2026 from its first quarter, before Tỉnh ủy An Giang's guidance took effect on 1 April.
        @Test
        void thePlanIsInForceFromQuarterOneOf2026() {
            assertThat(pinned.inForce(LocalDate.of(2026, 2, 1))).map(EvaluationSchemeView::code).contains(NINH_BINH);
            assertThat(pinned.inForce(LocalDate.of(2025, 12, 31))).isEmpty();
        }
    }
}

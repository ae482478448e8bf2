package vn.danhgia.assessment.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.danhgia.support.ApiTokens;

/**
 * Random score sheets through the API, compared with a computation written independently of the engine over the
 * formulas of seed 002 Phụ lục 2: each axis's points as one quotient Σunits × max / (4 ΣP), the sum over a common
 * denominator, one half-up division at the end. (A first version divided ΣQ/ΣP to 50 digits first and so read an exact
 * 58.575 as 58.5749…: the engine was right.)
 */
@SpringBootTest
@AutoConfigureMockMvc
class ScoringApiCrossCheckTests {

    private static final String[] FACTORS = {"0", "0.5", "0.75", "1", "1.2", "1.5"};
    private static final int[][] WEIGHT_SPLITS = {{70}, {30, 15, 10, 5, 5, 5}, {40, 30}, {35, 20, 15}};

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Test
    void twoHundredRandomSheetsMatchAnIndependentComputation() throws Exception {
        Random random = new Random(20260930L);
        for (int sheet = 0; sheet < 200; sheet++) {
            int[] split = WEIGHT_SPLITS[random.nextInt(WEIGHT_SPLITS.length)];
            StringBuilder body = new StringBuilder("{\"generalCriteria\":[");
            BigDecimal general = BigDecimal.ZERO;
            String[] codes = {"1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "2.1", "2.2", "2.3", "2.4",
                    "3.1", "3.2", "3.3", "3.4"};
            for (int i = 0; i < codes.length; i++) {
                boolean met = random.nextInt(5) > 0;
                general = general.add(met ? (codes[i].startsWith("2.") ? BigDecimal.ONE : new BigDecimal("2")) : BigDecimal.ZERO);
                body.append(i == 0 ? "" : ",").append("{\"code\":\"").append(codes[i]).append("\",\"met\":").append(met).append('}');
            }
            body.append("],\"axes\":[");
            List<BigDecimal> numerators = new ArrayList<>();
            List<BigDecimal> denominators = new ArrayList<>();
            for (int a = 0; a < split.length; a++) {
                body.append(a == 0 ? "" : ",").append("{\"axis\":").append(a + 1).append(",\"maxPoints\":").append(split[a])
                        .append(",\"tasks\":[");
                BigDecimal p = BigDecimal.ZERO;
                BigDecimal sum = BigDecimal.ZERO;
                int tasks = 1 + random.nextInt(6);
                for (int t = 0; t < tasks; t++) {
                    BigDecimal planned = BigDecimal.valueOf(1 + random.nextInt(5));
                    BigDecimal coefficient = new BigDecimal(new String[]{"0.5", "1", "1.2", "1.5", "2"}[random.nextInt(5)]);
                    BigDecimal done = BigDecimal.valueOf(random.nextInt(7));
                    BigDecimal quality = new BigDecimal(FACTORS[random.nextInt(FACTORS.length)]);
                    BigDecimal timeliness = new BigDecimal(FACTORS[random.nextInt(FACTORS.length)]);
                    BigDecimal leadership = new BigDecimal(FACTORS[random.nextInt(FACTORS.length)]);
                    p = p.add(planned.multiply(coefficient));
                    BigDecimal doneUnits = done.multiply(coefficient);
                    sum = sum.add(doneUnits).add(doneUnits.multiply(quality)).add(doneUnits.multiply(timeliness))
                            .add(doneUnits.multiply(leadership));
                    body.append(t == 0 ? "" : ",").append("{\"title\":\"Nhiệm vụ ").append(t + 1)
                            .append("\",\"plannedQuantity\":").append(planned).append(",\"coefficient\":").append(coefficient)
                            .append(",\"doneQuantity\":").append(done).append(",\"quality\":").append(quality)
                            .append(",\"timeliness\":").append(timeliness).append(",\"leadership\":").append(leadership).append('}');
                }
                body.append("]}");
                // points = KPI × max = Σunits × max / (4 ΣP), kept as numerator and denominator.
                numerators.add(sum.multiply(BigDecimal.valueOf(split[a])));
                denominators.add(p.multiply(new BigDecimal("4")));
            }
            body.append("]}");
            // Over the product of all denominators every axis's points are a whole multiple: an exact common base.
            BigDecimal common = denominators.stream().reduce(BigDecimal.ONE, BigDecimal::multiply);
            BigDecimal taskNumerator = BigDecimal.ZERO;
            for (int a = 0; a < split.length; a++) {
                taskNumerator = taskNumerator.add(numerators.get(a).multiply(common.divide(denominators.get(a))));
            }

            String answer = mvc.perform(post("/api/v1/scoring/quarterly").with(ApiTokens.bearer(ApiTokens.of(context, "admin")))
                            .contentType(MediaType.APPLICATION_JSON).content(body.toString()))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            JsonNode result = json.readTree(answer);

            assertThat(result.get("generalPoints").decimalValue()).isEqualByComparingTo(general);
            assertThat(result.get("taskPoints").decimalValue()).as("sheet %d task points", sheet)
                    .isEqualByComparingTo(taskNumerator.divide(common, 2, RoundingMode.HALF_UP));
            assertThat(result.get("total").decimalValue()).as("sheet %d total", sheet)
                    .isEqualByComparingTo(taskNumerator.add(general.multiply(common)).divide(common, 2, RoundingMode.HALF_UP));
            for (int a = 0; a < split.length; a++) {
                assertThat(result.get("axes").get(a).get("points").decimalValue()).as("sheet %d axis %d", sheet, a + 1)
                        .isEqualByComparingTo(numerators.get(a).divide(denominators.get(a), 2, RoundingMode.HALF_UP));
            }
        }
    }
}

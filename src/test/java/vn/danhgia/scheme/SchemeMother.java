package vn.danhgia.scheme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import vn.danhgia.rules.RatingRules;

/** Test data shaped like seed 002: 17 general criteria worth 30 points, six axes of 30/15/10/5/5/5. */
public final class SchemeMother {

    private SchemeMother() {
    }

    public static EvaluationSchemeView anGiangLike() {
        return new EvaluationSchemeView("AG-02-HD-TU-2026", "Hướng dẫn số 02-HD/TU", "Quy định 366-QĐ/TW",
                LocalDate.of(2026, 4, 1),
                List.of(group(1, "Về phẩm chất chính trị, đạo đức, lối sống", 9, "2"),
                        group(2, "Tư duy đổi mới, chiến lược", 4, "1"),
                        group(3, "Về tự phê bình và phê bình", 4, "2")),
                List.of(axis(1, "30"), axis(2, "15"), axis(3, "10"), axis(4, "5"), axis(5, "5"), axis(6, "5")),
                List.of(), RatingRules.defaults(), Set.of(1, 2, 3),
                List.of(new BigDecimal("0.75"), BigDecimal.ONE, new BigDecimal("1.2")), Set.of(new Quarter(2026, 2)), 15, false);
    }

    /** Seed 002 Phụ lục 2: Trục 1…6 at 30/15/10/5/5/5 = 70. */
    public static Map<Integer, BigDecimal> shippedAxisMaxPoints() {
        return Map.of(1, new BigDecimal("30"), 2, new BigDecimal("15"), 3, new BigDecimal("10"),
                4, new BigDecimal("5"), 5, new BigDecimal("5"), 6, new BigDecimal("5"));
    }

    private static CriterionGroup group(int number, String title, int items, String points) {
        return new CriterionGroup(number, title, IntStream.rangeClosed(1, items)
                .mapToObj(item -> new CriterionDefinition(number + "." + item, "Tiêu chí " + number + "." + item,
                        new BigDecimal(points)))
                .toList());
    }

    private static AxisDefinition axis(int number, String maxPoints) {
        return new AxisDefinition(number, "Trục " + number, new BigDecimal(maxPoints));
    }
}

package vn.danhgia.rules.quarterly;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Test data from the seeds. */
public final class ScoreSheetMother {

    private ScoreSheetMother() {
    }

    /** Seed 002 Mẫu 03 I.A: group 1 nine items × 2, group 2 four × 1, group 3 four × 2; all met = 30. */
    public static List<GeneralCriterionResult> allCriteriaMet() {
        List<GeneralCriterionResult> criteria = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            criteria.add(new GeneralCriterionResult("1." + i, new BigDecimal("2"), true));
        }
        for (int i = 1; i <= 4; i++) {
            criteria.add(new GeneralCriterionResult("2." + i, BigDecimal.ONE, true));
        }
        for (int i = 1; i <= 4; i++) {
            criteria.add(new GeneralCriterionResult("3." + i, new BigDecimal("2"), true));
        }
        return criteria;
    }

    /**
     * Seed 002 Phụ lục 2 §2, "Tính điểm": the five tasks of the worked example. The seed's printed leadership
     * column has typos in rows 3–5; its total 6,85 is consistent with factors 1, 1, 1.2 applied like the other
     * columns (DOMAIN.md), which is what these rows hold.
     */
    public static List<TaskResult> seed002ExampleTasks() {
        return List.of(
                task("Báo cáo Lãnh đạo Ban kết quả thực hiện nhiệm vụ hằng tháng", "2", "1", "1", "0.75"),
                task("Báo cáo Lãnh đạo Ban kết quả thực hiện nhiệm vụ quý II/2026 của các phòng", "1", "1", "1", "1"),
                task("Báo cáo Lãnh đạo Ban về tình hình tổ chức cơ sở đảng, đảng viên quý II/2026", "1", "1.2", "1", "1"),
                task("Tờ trình Ban Thường vụ Tỉnh ủy về dự thảo Quy định sinh hoạt đảng trực tuyến", "1", "1.5", "1", "1"),
                task("Tờ trình Ban Thường vụ Tỉnh ủy về xây dựng Kết luận thực hiện Nghị quyết 21-NQ/TW", "1", "2", "1", "1.2"));
    }

    private static TaskResult task(String title, String planned, String coefficient, String done, String factor) {
        BigDecimal f = new BigDecimal(factor);
        return new TaskResult(title, new BigDecimal(planned), new BigDecimal(coefficient), new BigDecimal(done), f, f, f);
    }
}

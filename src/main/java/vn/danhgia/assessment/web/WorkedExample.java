package vn.danhgia.assessment.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import vn.danhgia.scheme.AxisDefinition;
import vn.danhgia.scheme.EvaluationSchemeView;

/**
 * Seed 002 Phụ lục 2 §2, "Ví dụ minh họa": a leader of the Ban Tổ chức Tỉnh ủy in quarter II/2026, five tasks on
 * the party-building axis ("được giả định đối với 1 trục về xây dựng Đảng và hệ thống chính trị"), all general
 * criteria met, giving "Tổng điểm = 30 + 88,47% x 70 = 91,93 điểm". The sheet keeps the six axes: axis 4 carries
 * the 70 task points, the others 0. The printed leadership column has typos in rows 3–5; its total 6,85 fits
 * factors 1, 1, 1,2, which is what the rows hold (as in the rules' tests).
 */
final class WorkedExample {

    static final int PARTY_BUILDING_AXIS = 4;

    private WorkedExample() {
    }

    static ScoreSheetForm form(EvaluationSchemeView scheme, Locale locale) {
        ScoreSheetForm form = ScoreSheetForm.blank(scheme, locale);
        if (scheme.axes().isEmpty()) {
            return form;
        }
        int exampleAxis = exampleAxisIndex(scheme);
        for (int a = 0; a < form.getAxes().size(); a++) {
            AxisForm axis = form.getAxes().get(a);
            axis.getTasks().clear();
            axis.setMaxPoints(DecimalInput.format(a == exampleAxis ? scheme.taskMaxPoints() : BigDecimal.ZERO, locale));
        }
        form.getAxes().get(exampleAxis).getTasks().addAll(List.of(
                task("Báo cáo Lãnh đạo Ban kết quả thực hiện nhiệm vụ hằng tháng",
                        "2", "1", "1", "0.75", scheme, locale),
                task("Báo cáo Lãnh đạo Ban kết quả thực hiện nhiệm vụ quý II/2026 của các phòng",
                        "1", "1", "1", "1", scheme, locale),
                task("Báo cáo Lãnh đạo Ban về tình hình tổ chức cơ sở đảng, đảng viên quý II/2026",
                        "1", "1.2", "1", "1", scheme, locale),
                task("Tờ trình Ban Thường vụ Tỉnh ủy về dự thảo Quy định sinh hoạt đảng trực tuyến",
                        "1", "1.5", "1", "1", scheme, locale),
                task("Tờ trình Ban Thường vụ Tỉnh ủy về xây dựng Kết luận thực hiện Nghị quyết 21-NQ/TW",
                        "1", "2", "1", "1.2", scheme, locale)));
        return form;
    }

    /** Axis 4 (party building) of the scheme, or its first axis if the scheme numbers its axes differently. */
    private static int exampleAxisIndex(EvaluationSchemeView scheme) {
        List<AxisDefinition> axes = scheme.axes();
        for (int a = 0; a < axes.size(); a++) {
            if (axes.get(a).number() == PARTY_BUILDING_AXIS) {
                return a;
            }
        }
        return 0;
    }

    private static TaskForm task(String title, String planned, String coefficient, String done, String factor,
                                 EvaluationSchemeView scheme, Locale locale) {
        String factorText = ScoreSheetForm.factorText(new BigDecimal(factor), scheme, locale);
        return TaskForm.of(title, planned, DecimalInput.format(new BigDecimal(coefficient), locale), done,
                factorText, factorText, factorText);
    }
}

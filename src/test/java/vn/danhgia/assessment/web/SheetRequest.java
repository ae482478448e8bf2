package vn.danhgia.assessment.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.danhgia.scheme.CriterionDefinition;

/** A posted Mẫu 03 sheet, field by field as the browser sends it. */
final class SheetRequest {

    private final Map<String, String> params = new LinkedHashMap<>();

    private SheetRequest() {
    }

    /** Seed 002's sheet with every general criterion met and no axis maxima or tasks yet. */
    static SheetRequest seed002AllCriteriaMet() {
        SheetRequest sheet = new SheetRequest();
        sheet.set("schemeCode", SchemeMother.SEED_002_CODE);
        List<CriterionDefinition> criteria = SchemeMother.seed002().criteria();
        for (int i = 0; i < criteria.size(); i++) {
            sheet.set("criteria[" + i + "].code", criteria.get(i).code());
            sheet.set("criteria[" + i + "].met", "true");
        }
        return sheet;
    }

    /**
     * Seed 002 Phụ lục 2 §2, the five tasks of the worked example on axis 4 (party building), which carries the
     * 70 task points, as a Vietnamese user types them (decimal comma).
     */
    static SheetRequest seed002WorkedExample() {
        return seed002AllCriteriaMet()
                .axisMaxima("0", "0", "0", "70", "0", "0")
                .task(3, 0, "Báo cáo Lãnh đạo Ban kết quả thực hiện nhiệm vụ hằng tháng", "2", "1", "1", "0,75")
                .task(3, 1, "Báo cáo Lãnh đạo Ban kết quả thực hiện nhiệm vụ quý II/2026 của các phòng",
                        "1", "1", "1", "1")
                .task(3, 2, "Báo cáo Lãnh đạo Ban về tình hình tổ chức cơ sở đảng, đảng viên quý II/2026",
                        "1", "1,2", "1", "1")
                .task(3, 3, "Tờ trình Ban Thường vụ Tỉnh ủy về dự thảo Quy định sinh hoạt đảng trực tuyến",
                        "1", "1,5", "1", "1")
                .task(3, 4, "Tờ trình Ban Thường vụ Tỉnh ủy về xây dựng Kết luận thực hiện Nghị quyết 21-NQ/TW",
                        "1", "2", "1", "1,2");
    }

    SheetRequest axisMaxima(String... maxima) {
        for (int a = 0; a < maxima.length; a++) {
            set("axes[" + a + "].maxPoints", maxima[a]);
        }
        return this;
    }

    /** A task whose quality, timeliness and leadership factors are the same, as in most rows of the seed. */
    SheetRequest task(int axis, int task, String title, String planned, String coefficient, String done,
                      String factor) {
        String row = "axes[" + axis + "].tasks[" + task + "].";
        set(row + "title", title);
        set(row + "plannedQuantity", planned);
        set(row + "coefficient", coefficient);
        set(row + "doneQuantity", done);
        set(row + "quality", factor);
        set(row + "timeliness", factor);
        set(row + "leadership", factor);
        return this;
    }

    SheetRequest set(String name, String value) {
        params.put(name, value);
        return this;
    }

    MockHttpServletRequestBuilder postTo(String url) {
        MockHttpServletRequestBuilder request = post(url).with(csrf());
        params.forEach(request::param);
        return request;
    }
}

package vn.danhgia.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import vn.danhgia.assessment.LiveScore;
import vn.danhgia.rules.quarterly.TaskResult;
import vn.danhgia.scheme.AxisDefinition;
import vn.danhgia.scheme.CriterionDefinition;
import vn.danhgia.scheme.EvaluationSchemeView;

/**
 * DEMO ONLY: the made-up content of one history self-assessment (issue 12 §1): criteria chosen, the scheme's axis
 * weights and two tasks on each weighted axis with invented figures, scored by the engine as the self-assessment page
 * scores it ({@link LiveScore}), so the total stored with it is the one every page shows. The same seed gives the same
 * sheet.
 */
record DemoSheet(Map<String, Boolean> criteria, Map<Integer, BigDecimal> axisMaxPoints, List<Task> tasks,
                 LiveScore score) {

    private static final int TASKS_PER_AXIS = 2;
    private static final List<String> TITLES = List.of(
            "Tham mưu báo cáo tình hình kinh tế – xã hội của tỉnh",
            "Thẩm tra hồ sơ, tờ trình trước khi trình Ủy ban nhân dân tỉnh",
            "Theo dõi, đôn đốc thực hiện nhiệm vụ Ủy ban nhân dân tỉnh giao",
            "Xử lý văn bản đến thuộc lĩnh vực được phân công",
            "Chuẩn bị nội dung các cuộc họp, hội nghị theo chương trình công tác",
            "Rà soát thủ tục hành chính, đề xuất đơn giản hóa",
            "Phối hợp tiếp công dân, xử lý đơn thư theo thẩm quyền",
            "Cập nhật dữ liệu lên hệ thống thông tin báo cáo của tỉnh");
    private static final BigDecimal ABOVE = new BigDecimal("1.1");
    private static final BigDecimal BELOW = new BigDecimal("0.9");

    DemoSheet {
        criteria = Map.copyOf(criteria);
        axisMaxPoints = Map.copyOf(axisMaxPoints);
        tasks = List.copyOf(tasks);
    }

    /** One task row as the cadre reports it. */
    record Task(int axis, String title, BigDecimal plannedQuantity, BigDecimal doneQuantity, BigDecimal quality,
                BigDecimal timeliness) {

        TaskResult result() {
            return new TaskResult(title, plannedQuantity, BigDecimal.ONE, doneQuantity, quality, timeliness,
                    BigDecimal.ONE);
        }

        /** How the personnel office reads the row (seed 002 Mẫu 04): beyond, meeting, or short of the plan. */
        String responseLevel() {
            if (doneQuantity.compareTo(plannedQuantity) < 0) {
                return "DOES_NOT_MEET";
            }
            return quality.compareTo(BigDecimal.ONE) > 0 || timeliness.compareTo(BigDecimal.ONE) > 0
                    ? "PROACTIVE_EFFECTIVE" : "BASICALLY_MEETS";
        }
    }

    /**
     * A profile drawn from the seed, so the levels spread as in a real office (seed 000 §III.3.1–3.3): most tasks as
     * planned (GOOD); about one sheet in six with most tasks beyond the plan (EXCELLENT's 30 %); one in five with a task
     * needing rework (COMPLETED); one in ten with a task short of its plan and a criterion not met (NOT_COMPLETED).
     */
    static DemoSheet of(EvaluationSchemeView scheme, long seed) {
        Random random = new Random(seed);
        int draw = random.nextInt(30);
        Profile profile = draw < 5 ? Profile.BEYOND : draw < 21 ? Profile.AS_PLANNED
                : draw < 27 ? Profile.REWORK : Profile.SHORT;
        Map<String, Boolean> criteria = new LinkedHashMap<>();
        List<CriterionDefinition> definitions = scheme.criteria();
        int unmet = profile == Profile.SHORT ? random.nextInt(definitions.size()) : -1;
        for (int i = 0; i < definitions.size(); i++) {
            criteria.put(definitions.get(i).code(), i != unmet);
        }
        Map<Integer, BigDecimal> weights = new TreeMap<>();
        List<Task> tasks = new ArrayList<>();
        for (AxisDefinition axis : scheme.axes()) {
            weights.put(axis.number(), axis.defaultMaxPoints());
            if (axis.defaultMaxPoints().signum() == 0) {
                continue;
            }
            for (int i = 0; i < TASKS_PER_AXIS; i++) {
                BigDecimal planned = BigDecimal.valueOf(1 + random.nextInt(4));
                boolean first = tasks.isEmpty();
                BigDecimal done = profile == Profile.SHORT && first ? planned.subtract(BigDecimal.ONE) : planned;
                BigDecimal quality = profile == Profile.REWORK && first ? BELOW
                        : profile == Profile.BEYOND || random.nextInt(5) == 0 ? ABOVE : BigDecimal.ONE;
                BigDecimal timeliness = profile == Profile.BEYOND && random.nextBoolean() ? ABOVE : BigDecimal.ONE;
                tasks.add(new Task(axis.number(), TITLES.get(random.nextInt(TITLES.size())), planned, done, quality,
                        timeliness));
            }
        }
        Map<Integer, List<TaskResult>> byAxis = new TreeMap<>();
        tasks.forEach(task -> byAxis.computeIfAbsent(task.axis(), a -> new ArrayList<>()).add(task.result()));
        return new DemoSheet(criteria, weights, tasks, LiveScore.of(scheme, criteria, weights, byAxis));
    }

    private enum Profile { BEYOND, AS_PLANNED, REWORK, SHORT }
}

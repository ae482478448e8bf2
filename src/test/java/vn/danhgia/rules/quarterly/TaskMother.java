package vn.danhgia.rules.quarterly;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Task results for rule tests, titled like the products of seed 002 Phụ lục 1. */
final class TaskMother {

    private TaskMother() {
    }

    /** A task with coefficient 1 and leadership factor 1. */
    static TaskResult task(String planned, String done, String quality, String timeliness) {
        return new TaskResult("Báo cáo chuyên đề", new BigDecimal(planned), BigDecimal.ONE, new BigDecimal(done),
                new BigDecimal(quality), new BigDecimal(timeliness), BigDecimal.ONE);
    }

    static TaskResult asRequired() {
        return task("1", "1", "1", "1");
    }

    static TaskResult beyond() {
        return task("1", "1", "1.2", "1.2");
    }

    static TaskResult late() {
        return task("1", "1", "1", "0.75");
    }

    static TaskResult reworked() {
        return task("1", "1", "0.75", "1");
    }

    static TaskResult undone() {
        return task("2", "1", "1", "1");
    }

    /** {@code beyond} tasks beyond requirement, then {@code asRequired} tasks done as required. */
    static List<TaskResult> tasks(int beyond, int asRequired) {
        List<TaskResult> tasks = new ArrayList<>();
        for (int i = 0; i < beyond; i++) {
            tasks.add(beyond());
        }
        for (int i = 0; i < asRequired; i++) {
            tasks.add(asRequired());
        }
        return tasks;
    }
}

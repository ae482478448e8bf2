package vn.danhgia.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import vn.danhgia.organization.CadreId;
import vn.danhgia.rules.quarterly.TaskResult;
import vn.danhgia.scheme.Quarter;

/**
 * The figures of a cadre's submitted self-assessment, for the yearly rating's facts (seed 000 §III.6.4: "Kết quả đánh
 * giá, xếp loại quý I, II, III và kết quả thực hiện nhiệm vụ quý IV là cơ sở để xem xét ... cuối năm"). A query for
 * other modules' own checks: it reads no actor and checks no scope, so its callers check theirs.
 */
public interface SubmittedFigures {

    /** The quarter's submitted self-assessment: its kept total and its task rows; empty when none is submitted. */
    Optional<Quarterly> of(CadreId cadre, Quarter quarter);

    /**
     * @param total the engine's total kept at submission (2 decimals), or null for a record without one
     * @param tasks the task rows as the cadre entered them, over all axes
     */
    record Quarterly(Quarter quarter, BigDecimal total, List<TaskResult> tasks) {

        public Quarterly {
            tasks = List.copyOf(tasks);
        }
    }
}

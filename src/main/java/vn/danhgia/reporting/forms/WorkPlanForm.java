package vn.danhgia.reporting.forms;

import java.util.List;
import vn.danhgia.scheme.CriterionGroup;

/**
 * What Mẫu 01 shows (seed 002 Mẫu số 01, "Kế hoạch công tác của cá nhân theo quý"): the cadre's particulars, part I
 * the general criteria of the plan's scheme, part II the tasks per result axis, the person who drew the plan up.
 *
 * @param quarter "Quý I năm 2027"
 * @param tasks   one row per axis ("1", its title) followed by its tasks ("1.1", …)
 * @param status  "Đã phê duyệt ngày 20/12/2026" or the plan's state when not yet approved
 */
public record WorkPlanForm(FormHeader header, String quarter, CadreParticulars cadre,
                           List<CriterionGroup> generalCriteria, List<TaskRow> tasks, String status) {

    /** A row of part II: an axis (its number and title, other cells empty; {@code axis} true) or one of its tasks. */
    public record TaskRow(boolean axis, String number, String title, String product, String quantity,
                          String deadline, String coefficient) {

        static TaskRow ofAxis(String number, String title) {
            return new TaskRow(true, number, title, "", "", "", "");
        }
    }
}

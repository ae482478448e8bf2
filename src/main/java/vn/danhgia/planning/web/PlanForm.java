package vn.danhgia.planning.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.danhgia.planning.WorkPlanView;

/** The plan page's form: the version being edited, the axis weights and the task rows (or an amendment's rows). */
public class PlanForm {

    private long version;
    private Map<Integer, String> axisMax = new TreeMap<>();
    private List<TaskRow> tasks = new ArrayList<>();
    private String reason = "";

    static PlanForm of(WorkPlanView plan) {
        PlanForm form = new PlanForm();
        form.version = plan.version();
        plan.axisMaxPoints().forEach((axis, points) -> form.axisMax.put(axis, plain(points)));
        plan.tasks().stream().filter(task -> task.amendmentNumber() == 0).forEach(task -> {
            TaskRow row = new TaskRow();
            row.setAxis(task.axis());
            row.setCatalogItemId(task.catalogItemId() == null ? "" : task.catalogItemId().toString());
            row.setTitle(task.title());
            row.setProductType(task.productType() == null ? "" : task.productType());
            row.setPlannedQuantity(plain(task.plannedQuantity()));
            row.setCoefficient(plain(task.coefficient()));
            row.setDeadline(task.deadline() == null ? "" : task.deadline().toString());
            form.tasks.add(row);
        });
        return form;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public Map<Integer, String> getAxisMax() {
        return axisMax;
    }

    public void setAxisMax(Map<Integer, String> axisMax) {
        this.axisMax = axisMax;
    }

    public List<TaskRow> getTasks() {
        return tasks;
    }

    public void setTasks(List<TaskRow> tasks) {
        this.tasks = tasks;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}

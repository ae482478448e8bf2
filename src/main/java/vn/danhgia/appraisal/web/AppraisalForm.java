package vn.danhgia.appraisal.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.danhgia.appraisal.AppraisalView;
import vn.danhgia.platform.Decimals;

/** The appraisal page's form: one row per task with the appraised figures as typed, and the proposal. */
public class AppraisalForm {

    private long version;
    private List<Row> tasks = new ArrayList<>();
    private String proposedLevel;
    private String justification;

    static AppraisalForm of(AppraisalView view) {
        AppraisalForm form = new AppraisalForm();
        form.version = view.version();
        for (AppraisalView.TaskLine task : view.tasks()) {
            Row row = new Row();
            row.setTaskId(task.taskId());
            row.setDoneQuantity(typed(task.appraised().doneQuantity()));
            boolean chosen = !view.allowedFactors().isEmpty();
            row.setQuality(factor(task.appraised().quality(), chosen));
            row.setTimeliness(factor(task.appraised().timeliness(), chosen));
            row.setLeadership(factor(task.appraised().leadership(), chosen));
            row.setAdjustmentReason(task.adjustmentReason());
            row.setResponseLevel(task.responseLevel() == null ? "" : task.responseLevel().name());
            form.tasks.add(row);
        }
        form.proposedLevel = view.proposedLevel() == null ? "" : view.proposedLevel().name();
        form.justification = view.justification();
        return form;
    }

    /** A figure pre-filled as the reader types it: 1,5 in Vietnamese, 1.5 in English. */
    private static String typed(BigDecimal value) {
        return value == null ? "" : Decimals.inReadersLanguage(value);
    }

    /** A factor chosen from the scheme's values is an option value (0.75), the same in every language. */
    private static String factor(BigDecimal value, boolean chosen) {
        if (value == null) {
            return "";
        }
        return chosen ? Decimals.plain(value).toPlainString() : typed(value);
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public List<Row> getTasks() {
        return tasks;
    }

    public void setTasks(List<Row> tasks) {
        this.tasks = tasks;
    }

    public String getProposedLevel() {
        return proposedLevel;
    }

    public void setProposedLevel(String proposedLevel) {
        this.proposedLevel = proposedLevel;
    }

    public String getJustification() {
        return justification;
    }

    public void setJustification(String justification) {
        this.justification = justification;
    }

    /** One task's appraised figures as typed (numbers as text, so a typo is shown back rather than lost). */
    public static class Row {

        private Long taskId;
        private String doneQuantity;
        private String quality;
        private String timeliness;
        private String leadership;
        private String adjustmentReason;
        private String responseLevel;

        public Long getTaskId() {
            return taskId;
        }

        public void setTaskId(Long taskId) {
            this.taskId = taskId;
        }

        public String getDoneQuantity() {
            return doneQuantity;
        }

        public void setDoneQuantity(String doneQuantity) {
            this.doneQuantity = doneQuantity;
        }

        public String getQuality() {
            return quality;
        }

        public void setQuality(String quality) {
            this.quality = quality;
        }

        public String getTimeliness() {
            return timeliness;
        }

        public void setTimeliness(String timeliness) {
            this.timeliness = timeliness;
        }

        public String getLeadership() {
            return leadership;
        }

        public void setLeadership(String leadership) {
            this.leadership = leadership;
        }

        public String getAdjustmentReason() {
            return adjustmentReason;
        }

        public void setAdjustmentReason(String adjustmentReason) {
            this.adjustmentReason = adjustmentReason;
        }

        public String getResponseLevel() {
            return responseLevel;
        }

        public void setResponseLevel(String responseLevel) {
            this.responseLevel = responseLevel;
        }
    }
}

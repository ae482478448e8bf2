package vn.danhgia.assessment.web;

/**
 * One task row of an axis (seed 002 Phụ lục 2, table "Tính điểm"): title, planned quantity, conversion coefficient
 * (hệ số quy đổi), quantity done and the quality, timeliness and leadership factors.
 */
public class TaskForm {

    private String title;
    private String plannedQuantity;
    private String coefficient;
    private String doneQuantity;
    private String quality;
    private String timeliness;
    private String leadership;

    /** A new row: a standard item (coefficient 1) done as required (factors 1), quantities still to fill in. */
    static TaskForm blank() {
        TaskForm task = new TaskForm();
        task.setCoefficient("1");
        task.setQuality("1");
        task.setTimeliness("1");
        task.setLeadership("1");
        return task;
    }

    static TaskForm of(String title, String plannedQuantity, String coefficient, String doneQuantity, String quality,
                       String timeliness, String leadership) {
        TaskForm task = new TaskForm();
        task.setTitle(title);
        task.setPlannedQuantity(plannedQuantity);
        task.setCoefficient(coefficient);
        task.setDoneQuantity(doneQuantity);
        task.setQuality(quality);
        task.setTimeliness(timeliness);
        task.setLeadership(leadership);
        return task;
    }

    /** A row nobody has started: no title and no quantities. It is neither checked nor scored. */
    boolean isEmpty() {
        return isBlank(title) && isBlank(plannedQuantity) && isBlank(doneQuantity);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getPlannedQuantity() {
        return plannedQuantity;
    }

    public void setPlannedQuantity(String plannedQuantity) {
        this.plannedQuantity = plannedQuantity;
    }

    public String getCoefficient() {
        return coefficient;
    }

    public void setCoefficient(String coefficient) {
        this.coefficient = coefficient;
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
}

package vn.danhgia.assessment.web;

/**
 * One task row of the stored Mẫu 03 as posted: the row's id (none for a new row listed directly), its axis, what was
 * planned (read-only when it comes from the plan), what was done, the three factors and the evidence note.
 */
public class SelfTaskForm {

    private Long id;
    private Integer axis;
    private String title;
    private String coefficient;
    private String plannedQuantity;
    private String doneQuantity;
    private String quality;
    private String timeliness;
    private String leadership;
    private String evidence;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Integer getAxis() {
        return axis;
    }

    public void setAxis(Integer axis) {
        this.axis = axis;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getCoefficient() {
        return coefficient;
    }

    public void setCoefficient(String coefficient) {
        this.coefficient = coefficient;
    }

    public String getPlannedQuantity() {
        return plannedQuantity;
    }

    public void setPlannedQuantity(String plannedQuantity) {
        this.plannedQuantity = plannedQuantity;
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

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }
}

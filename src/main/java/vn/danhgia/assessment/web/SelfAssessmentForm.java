package vn.danhgia.assessment.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import vn.danhgia.assessment.SelfAssessmentView;
import vn.danhgia.scheme.EvaluationSchemeView;

/**
 * What the Mẫu 03 page posts for a stored self-assessment: the version it was read at, met / not met per criterion,
 * the axis weights (editable only when tasks are listed directly), the task rows and the proposed level. Numbers stay
 * text as typed so a refused value is shown back as it was.
 */
public class SelfAssessmentForm {

    private long version;
    private List<CriterionChoice> criteria = new ArrayList<>();
    private Map<Integer, String> axisMaxPoints = new TreeMap<>();
    private List<SelfTaskForm> tasks = new ArrayList<>();
    private String proposedLevel;
    private String selfComment;

    static SelfAssessmentForm of(SelfAssessmentView view, EvaluationSchemeView scheme, Locale locale) {
        SelfAssessmentForm form = new SelfAssessmentForm();
        form.setVersion(view.version());
        view.criteria().forEach(c -> form.getCriteria().add(new CriterionChoice(c.code(), c.met())));
        // Criteria in the scheme's order, as the page lists them.
        List<String> order = scheme.criteria().stream().map(c -> c.code()).toList();
        form.getCriteria().sort(java.util.Comparator.comparingInt(c -> order.indexOf(c.getCode())));
        view.axisMaxPoints().forEach((axis, points) -> form.getAxisMaxPoints().put(axis,
                DecimalInput.format(points, locale)));
        for (SelfAssessmentView.TaskView task : view.tasks()) {
            SelfTaskForm row = new SelfTaskForm();
            row.setId(task.id());
            row.setAxis(task.axis());
            row.setTitle(task.title());
            row.setCoefficient(DecimalInput.format(task.coefficient(), locale));
            row.setPlannedQuantity(DecimalInput.format(task.plannedQuantity(), locale));
            row.setDoneQuantity(DecimalInput.format(task.doneQuantity(), locale));
            row.setQuality(ScoreSheetForm.factorText(task.quality(), scheme, locale));
            row.setTimeliness(ScoreSheetForm.factorText(task.timeliness(), scheme, locale));
            row.setLeadership(ScoreSheetForm.factorText(task.leadership(), scheme, locale));
            row.setEvidence(task.evidence());
            form.getTasks().add(row);
        }
        form.setProposedLevel(view.proposedLevel());
        form.setSelfComment(view.selfComment());
        return form;
    }

    /** A new row of an axis for tasks listed directly: coefficient 1 and factors 1 until the cadre says otherwise. */
    static SelfTaskForm blankTask(int axis) {
        SelfTaskForm row = new SelfTaskForm();
        row.setAxis(axis);
        row.setCoefficient("1");
        row.setDoneQuantity("0");
        row.setQuality(DecimalInput.canonical(BigDecimal.ONE));
        row.setTimeliness(DecimalInput.canonical(BigDecimal.ONE));
        row.setLeadership(DecimalInput.canonical(BigDecimal.ONE));
        return row;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public List<CriterionChoice> getCriteria() {
        return criteria;
    }

    public void setCriteria(List<CriterionChoice> criteria) {
        this.criteria = criteria;
    }

    public Map<Integer, String> getAxisMaxPoints() {
        return axisMaxPoints;
    }

    public void setAxisMaxPoints(Map<Integer, String> axisMaxPoints) {
        this.axisMaxPoints = axisMaxPoints;
    }

    public List<SelfTaskForm> getTasks() {
        return tasks;
    }

    public void setTasks(List<SelfTaskForm> tasks) {
        this.tasks = tasks;
    }

    public String getProposedLevel() {
        return proposedLevel;
    }

    public void setProposedLevel(String proposedLevel) {
        this.proposedLevel = proposedLevel;
    }

    public String getSelfComment() {
        return selfComment;
    }

    public void setSelfComment(String selfComment) {
        this.selfComment = selfComment;
    }
}

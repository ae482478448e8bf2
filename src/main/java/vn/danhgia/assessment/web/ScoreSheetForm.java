package vn.danhgia.assessment.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.danhgia.scheme.AxisDefinition;
import vn.danhgia.scheme.CriterionDefinition;
import vn.danhgia.scheme.EvaluationSchemeView;

/**
 * What the Mẫu 03 scoring sheet posts (bản tự đánh giá, chấm điểm): the scheme it was drawn from, a met / not met
 * choice per general criterion and, per axis in the scheme's order, the axis's maximum points and its task rows.
 * Numbers stay text as typed, so a wrong entry is shown back as it was with a message instead of being lost.
 */
public class ScoreSheetForm {

    private String schemeCode;
    private List<CriterionChoice> criteria = new ArrayList<>();
    private List<AxisForm> axes = new ArrayList<>();

    /** Every criterion met (the form's default), the scheme's axis maxima and one empty task row per axis. */
    static ScoreSheetForm blank(EvaluationSchemeView scheme, Locale locale) {
        ScoreSheetForm form = new ScoreSheetForm();
        form.setSchemeCode(scheme.code());
        for (CriterionDefinition criterion : scheme.criteria()) {
            form.getCriteria().add(new CriterionChoice(criterion.code(), true));
        }
        for (AxisDefinition axis : scheme.axes()) {
            AxisForm axisForm = new AxisForm();
            axisForm.setMaxPoints(DecimalInput.format(axis.defaultMaxPoints(), locale));
            axisForm.getTasks().add(TaskForm.blank());
            form.getAxes().add(axisForm);
        }
        return form;
    }

    /**
     * A factor as its input holds it: the option value of the scheme's allowed factors (language-independent) when
     * the scheme lists them, else the number as typed in this language.
     */
    static String factorText(BigDecimal factor, EvaluationSchemeView scheme, Locale locale) {
        return scheme.allowedFactors().isEmpty() ? DecimalInput.format(factor, locale) : DecimalInput.canonical(factor);
    }

    public String getSchemeCode() {
        return schemeCode;
    }

    public void setSchemeCode(String schemeCode) {
        this.schemeCode = schemeCode;
    }

    public List<CriterionChoice> getCriteria() {
        return criteria;
    }

    public void setCriteria(List<CriterionChoice> criteria) {
        this.criteria = criteria;
    }

    public List<AxisForm> getAxes() {
        return axes;
    }

    public void setAxes(List<AxisForm> axes) {
        this.axes = axes;
    }
}

package vn.danhgia.reporting.forms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danhgia.assessment.LiveScore;
import vn.danhgia.assessment.SelfAssessmentService;
import vn.danhgia.assessment.SelfAssessmentView;
import vn.danhgia.organization.Authority;
import vn.danhgia.organization.CadreScope;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.platform.CurrentActor;
import vn.danhgia.rules.Fraction;
import vn.danhgia.rules.quarterly.AxisScore;
import vn.danhgia.rules.quarterly.GeneralCriterionResult;
import vn.danhgia.rules.quarterly.QuarterlyScore;
import vn.danhgia.scheme.AxisDefinition;
import vn.danhgia.scheme.CriterionDefinition;
import vn.danhgia.scheme.CriterionGroup;
import vn.danhgia.scheme.EvaluationSchemeView;
import vn.danhgia.scheme.SchemeCatalog;

/**
 * Mẫu 03, the cadre's self-assessment with the competent level's part III (seed 002 §4 Bước 2–3). Read through
 * {@link SelfAssessmentService#get}, so whoever may open the self-assessment (the cadre, their unit's leadership, the
 * personnel office serving the unit, the authority) may print it, and anyone else is answered as if it did not exist.
 * Parts I and II are the cadre's own figures, scored as the score sheet scores them. Part III stays blank for the
 * cadre until the result is announced to them (seed 002 §4 Bước 6), as their rating history does.
 */
@Service
public class SelfAssessmentForms {

    private final SelfAssessmentService assessments;
    private final SchemeCatalog schemes;
    private final CadreParticularsSql particulars;
    private final AuthorityPartSql authorityParts;
    private final FormHeaders headers;
    private final FormTexts texts;
    private final CurrentActor currentActor;
    private final OrganizationQueries organization;

    SelfAssessmentForms(SelfAssessmentService assessments, SchemeCatalog schemes, CadreParticularsSql particulars,
                        AuthorityPartSql authorityParts, FormHeaders headers, FormTexts texts,
                        CurrentActor currentActor, OrganizationQueries organization) {
        this.assessments = assessments;
        this.schemes = schemes;
        this.particulars = particulars;
        this.authorityParts = authorityParts;
        this.headers = headers;
        this.texts = texts;
        this.currentActor = currentActor;
        this.organization = organization;
    }

    @Transactional(readOnly = true)
    public FormDocument mau03(long selfAssessmentId) {
        SelfAssessmentView assessment = assessments.get(selfAssessmentId);
        EvaluationSchemeView scheme = schemes.byCode(assessment.schemeCode()).orElseThrow();
        var dated = texts.day(assessment.submittedAt());
        CadreParticulars cadre = particulars.of(assessment.cadre(), dated);
        LiveScore live = assessment.liveScore();
        QuarterlyScore score = live.scored() ? live.score() : null;
        boolean ownForm = currentActor.get().isCadre(assessment.cadre().value());
        Authority evaluator = organization.authoritiesFor(assessment.cadre(), dated).stream()
                .map(CadreScope::evaluates).filter(authority -> !authority.isEmpty()).findFirst()
                .orElse(Authority.NONE);
        SelfAssessmentForm form = new SelfAssessmentForm(headers.of(cadre.workUnit(), dated),
                texts.quarter(assessment.quarter()), cadre, criterionRows(scheme, assessment),
                number(scheme.generalMaxPoints()), score == null ? "" : number(score.generalPoints()),
                taskRows(scheme, assessment, score),
                number(scheme.taskMaxPoints()), score == null ? "" : points(score.taskPoints()),
                number(scheme.generalMaxPoints().add(scheme.taskMaxPoints())),
                assessment.total() == null ? "" : number(assessment.total()), level(assessment.proposedLevel()),
                authorityParts.of(assessment, ownForm), confirmingBody(evaluator),
                evaluator.isEmpty() ? new FormSigner("", "", "")
                        : headers.signer(evaluator.units().get(0).id(), dated));
        return new FormDocument("mau-03", "mau-03-" + assessment.quarter().key() + "-" + selfAssessmentId, form);
    }

    /**
     * Each criterion ticked as the cadre chose it; one nobody chose is ticked in neither column and earns no points
     * shown, as the page shows it "Chưa chọn" (issue 12 §1). A group's points are left blank while any of its
     * criteria is unchosen.
     */
    private List<SelfAssessmentForm.CriterionRow> criterionRows(EvaluationSchemeView scheme,
                                                                SelfAssessmentView assessment) {
        List<SelfAssessmentForm.CriterionRow> rows = new ArrayList<>();
        for (CriterionGroup group : scheme.criteriaGroups()) {
            BigDecimal max = BigDecimal.ZERO;
            BigDecimal achieved = BigDecimal.ZERO;
            boolean allChosen = true;
            List<SelfAssessmentForm.CriterionRow> items = new ArrayList<>();
            for (CriterionDefinition criterion : group.items()) {
                Boolean met = assessment.met(criterion.code());
                BigDecimal points = met == null ? null
                        : new GeneralCriterionResult(criterion.code(), criterion.maxPoints(), met).points();
                max = max.add(criterion.maxPoints());
                allChosen &= met != null;
                achieved = points == null ? achieved : achieved.add(points);
                items.add(new SelfAssessmentForm.CriterionRow(false, criterion.code(), criterion.text(),
                        Boolean.TRUE.equals(met) ? "X" : "", Boolean.FALSE.equals(met) ? "X" : "",
                        number(criterion.maxPoints()), points == null ? "" : number(points)));
            }
            rows.add(new SelfAssessmentForm.CriterionRow(true, String.valueOf(group.number()), group.title(), "", "",
                    number(max), allChosen ? number(achieved) : ""));
            rows.addAll(items);
        }
        return rows;
    }

    private List<SelfAssessmentForm.TaskRow> taskRows(EvaluationSchemeView scheme, SelfAssessmentView assessment,
                                                      QuarterlyScore score) {
        Map<Integer, AxisScore> axisScores = score == null ? Map.of() : score.axes().stream()
                .collect(Collectors.toMap(AxisScore::axis, Function.identity()));
        List<SelfAssessmentForm.TaskRow> rows = new ArrayList<>();
        for (AxisDefinition axis : scheme.axes()) {
            AxisScore axisScore = axisScores.get(axis.number());
            boolean scored = axisScore != null && axisScore.hasTasks();
            rows.add(new SelfAssessmentForm.TaskRow(true, String.valueOf(axis.number()),
                    texts.text("forms.axis", axis.title(), axis.number()), "", "",
                    scored ? number(axisScore.kpi().times(BigDecimal.valueOf(100)).rounded(2)) : "",
                    number(assessment.axisMaxPoints().getOrDefault(axis.number(), BigDecimal.ZERO)),
                    scored ? points(axisScore.points()) : ""));
            int number = 0;
            for (SelfAssessmentView.TaskView task : assessment.tasks()) {
                if (task.axis() == axis.number()) {
                    number++;
                    rows.add(new SelfAssessmentForm.TaskRow(false, axis.number() + "." + number, task.title(),
                            number(task.plannedQuantity()), number(task.doneQuantity()), "", "", ""));
                }
            }
        }
        return rows;
    }

    private static String confirmingBody(Authority evaluator) {
        return evaluator.name().toUpperCase(Locale.forLanguageTag("vi"));
    }

    private String level(String level) {
        return level == null ? "" : texts.text("rule.level." + level);
    }

    private static String number(BigDecimal value) {
        return FormFigures.number(value);
    }

    private static String points(Fraction value) {
        return FormFigures.number(value.rounded(2));
    }
}

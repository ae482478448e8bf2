package vn.danhgia.annual.rating;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;
import vn.danhgia.annual.FactSource;
import vn.danhgia.annual.SelfReviewScores;
import vn.danhgia.assessment.SubmittedFigures;
import vn.danhgia.organization.CadreId;
import vn.danhgia.rules.RatingRules;
import vn.danhgia.rules.quarterly.TaskConditions;
import vn.danhgia.scheme.EvaluationSchemeView;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.scheme.SchemeCatalog;

/**
 * Where a person's yearly points and task counts come from (issue 13 §5), decided from the seeds and DOMAIN-annual:
 * <ul>
 *   <li>points: a leader's submitted self-score on the criteria frame (Mẫu 02B, khung tiêu chí 100 điểm; Quy định 366
 *       Điều 11 bands). Others score no frame; their quarters are scored on the same 100-point scale (30 general +
 *       70 results, seed 002 Phụ lục 2, the scale Nghị định 335 uses), and seed 000 §III.6.4 makes the quarters'
 *       results "cơ sở để xem xét ... cuối năm", so their points are the mean of the year's submitted quarterly
 *       totals (DOMAIN-annual §3: the year-from-periods formula is not published; a province averages its scored
 *       months [M]). With neither, the points are missing until entered on the board;</li>
 *   <li>tasks: the task rows of the year's submitted self-assessments, quarters I–IV (seed 000 §III.6.4 counts Q4's
 *       results), counted with the scheme's thresholds as the quarter counts them (seed 000 §III.3: shares by number
 *       of tasks) and summed over the quarters. With no submitted quarter they are missing until entered.</li>
 * </ul>
 * The appraisal may correct a quarter's figures; the year reads the cadre's own as submitted, like the self-review's
 * prefill, and the proposer enters corrected counts where they differ.
 */
@Component
class YearlyFactSources {

    private final SelfReviewScores selfReviews;
    private final SubmittedFigures figures;
    private final SchemeCatalog schemes;

    YearlyFactSources(SelfReviewScores selfReviews, SubmittedFigures figures, SchemeCatalog schemes) {
        this.selfReviews = selfReviews;
        this.figures = figures;
        this.schemes = schemes;
    }

    /** A person's points and tasks for the year, each null when no source holds it. */
    record Gathered(BigDecimal points, FactSource pointsSource, TaskConditions tasks) {
    }

    Gathered of(long cadreId, int year) {
        List<SubmittedFigures.Quarterly> quarters = new ArrayList<>();
        for (int number = 1; number <= 4; number++) {
            figures.of(new CadreId(cadreId), new Quarter(year, number)).ifPresent(quarters::add);
        }
        BigDecimal points = selfReviews.submittedTotal(cadreId, year).orElse(null);
        FactSource pointsSource = FactSource.SELF_REVIEW;
        if (points == null) {
            List<BigDecimal> totals = quarters.stream().map(SubmittedFigures.Quarterly::total)
                    .filter(Objects::nonNull).toList();
            pointsSource = FactSource.QUARTERS;
            points = totals.isEmpty() ? null : totals.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(totals.size()), 2, RoundingMode.HALF_UP);
        }
        RatingRules rules = schemes.inForce(LocalDate.of(year, 12, 31)).map(EvaluationSchemeView::ratingRules)
                .orElse(RatingRules.defaults());
        TaskConditions tasks = null;
        for (SubmittedFigures.Quarterly quarter : quarters) {
            if (quarter.tasks().isEmpty()) {
                continue;
            }
            TaskConditions counted = TaskConditions.of(quarter.tasks(), rules);
            tasks = tasks == null ? counted : new TaskConditions(tasks.assigned() + counted.assigned(),
                    tasks.done() + counted.done(), tasks.beyond() + counted.beyond(), tasks.late() + counted.late(),
                    tasks.needingRework() + counted.needingRework());
        }
        return new Gathered(points, points == null ? null : pointsSource, tasks);
    }
}

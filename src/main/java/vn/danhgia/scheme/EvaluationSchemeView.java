package vn.danhgia.scheme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.Set;
import vn.danhgia.rules.RatingRules;

/**
 * An evaluation scheme as other modules see it (immutable snapshot).
 *
 * @param code           stable identifier, e.g. {@code AG-02-HD-TU-2026}
 * @param name           Vietnamese title shown to people
 * @param legalBasis     the issuing document(s), e.g. "Hướng dẫn số 02-HD/TU ngày 19/6/2026 …"
 * @param effectiveFrom  the first day of the periods rated under this scheme
 * @param ratedQuarters  quarters rated quarterly (seed 000 §I.2.2: I, II, III; IV folds into the year-end rating)
 * @param allowedFactors values allowed for the quality, timeliness and leadership factors (seed 002: 0.75, 1, 1.2)
 * @param directListingQuarters quarters whose tasks are listed directly in the self-assessment without a work plan
 *                       (seed 002 §4 Bước 2: quý II/2026)
 * @param complaintWindowDays days after a rating's announcement during which the rated cadre may file a complaint
 *                       (khiếu nại, kiến nghị). The seeds name who handles complaints (seed 000 §IV.4) but give no
 *                       time limit, so 15 days ships as a default each scheme can change.
 * @param secretBallot   the council votes by secret ballot (bỏ phiếu kín): no running tally is shown until the vote
 *                       session is closed. The seeds ask for "bỏ phiếu biểu quyết" only, so both ship without it.
 */
public record EvaluationSchemeView(String code, String name, String legalBasis, LocalDate effectiveFrom,
                                   List<CriterionGroup> criteriaGroups, List<AxisDefinition> axes,
                                   List<Deadline> deadlines, RatingRules ratingRules, Set<Integer> ratedQuarters,
                                   List<BigDecimal> allowedFactors, Set<Quarter> directListingQuarters,
                                   int complaintWindowDays, boolean secretBallot) {

    public EvaluationSchemeView {
        criteriaGroups = List.copyOf(criteriaGroups);
        axes = List.copyOf(axes);
        deadlines = List.copyOf(deadlines);
        ratedQuarters = Set.copyOf(ratedQuarters);
        allowedFactors = List.copyOf(allowedFactors);
        directListingQuarters = Set.copyOf(directListingQuarters);
    }

    /** The last day a complaint about a rating announced on the date is in time (the window's days counted after it). */
    public LocalDate lastComplaintDay(LocalDate announced) {
        return announced.plusDays(complaintWindowDays);
    }

    public Optional<Deadline> deadline(DeadlineStep step) {
        return deadlines.stream().filter(deadline -> deadline.step() == step).findFirst();
    }

    /** The last day the step is in time for the quarter; empty when the scheme sets no deadline for the step. */
    public Optional<LocalDate> lastDayInTime(DeadlineStep step, Quarter quarter) {
        return deadline(step).map(deadline -> deadline.lastDayInTime(quarter.year(), quarter.number()));
    }

    public boolean listsTasksDirectly(Quarter quarter) {
        return directListingQuarters.contains(quarter);
    }

    public boolean rates(Quarter quarter) {
        return ratedQuarters.contains(quarter.number());
    }

    /** The default maximum points of each axis, by axis number. */
    public Map<Integer, BigDecimal> defaultAxisMaxPoints() {
        Map<Integer, BigDecimal> points = new TreeMap<>();
        axes.forEach(axis -> points.put(axis.number(), axis.defaultMaxPoints()));
        return points;
    }

    public List<CriterionDefinition> criteria() {
        return criteriaGroups.stream().flatMap(group -> group.items().stream()).toList();
    }

    /** Maximum of the general criteria (30 in seed 002). */
    public BigDecimal generalMaxPoints() {
        return criteria().stream().map(CriterionDefinition::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Maximum of the task results: the default axis maxima added up (70 in seed 002). */
    public BigDecimal taskMaxPoints() {
        return axes.stream().map(AxisDefinition::defaultMaxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}

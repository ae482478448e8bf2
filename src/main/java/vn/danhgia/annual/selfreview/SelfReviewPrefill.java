package vn.danhgia.annual.selfreview;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.danhgia.assessment.SelfAssessmentService;
import vn.danhgia.assessment.SelfAssessmentView;
import vn.danhgia.organization.CadreId;
import vn.danhgia.planning.ApprovedPlan;
import vn.danhgia.planning.PlanQueries;
import vn.danhgia.planning.PlannedTask;
import vn.danhgia.platform.Decimals;
import vn.danhgia.decision.CadreRatingHistory;
import vn.danhgia.decision.CollectiveView;
import vn.danhgia.decision.DecisionService;
import vn.danhgia.decision.RatingHistory;
import vn.danhgia.decision.RatingStatus;
import vn.danhgia.decision.RatingView;
import vn.danhgia.organization.UnitId;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.RatedPeriod;
import vn.danhgia.scheme.Quarter;

/**
 * The text a new self-review starts with, so days of copying into Word become minutes of editing (issue 13 §3):
 * <ul>
 *   <li>a collective's tasks and results (Mẫu 01): per quarter, the collective's level and task completion as the
 *       authority recorded them, and how many of its members were rated at each level, read from {@code decision}
 *       as stored, so the figures are those of the quarterly reports;</li>
 *   <li>a person's tasks and results: the levels of quarters I–III (seed 000 §III.6.4: "Kết quả đánh giá, xếp loại quý I, II, III
 *       và kết quả thực hiện nhiệm vụ quý IV là cơ sở để xem xét ... cuối năm"), each quarter's self-assessed total
 *       and KPI figures, and quarter IV's plan and self-assessment;</li>
 *   <li>review suggestions recorded by the authority for the year, and last year's shortcomings to remedy (seed 004
 *       §II.3: "việc khắc phục những hạn chế, khuyết điểm ... được chỉ ra ở kỳ kiểm điểm trước").</li>
 * </ul>
 * The document is Vietnamese whatever the reader's language, so the lines come from the Vietnamese bundle.
 */
@Component
class SelfReviewPrefill {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final RatingHistory ratings;
    private final DecisionService decisions;
    private final SelfAssessmentService assessments;
    private final PlanQueries plans;
    private final ReviewSuggestionRepository suggestions;
    private final SelfReviewRepository reviews;
    private final MessageSource messages;

    SelfReviewPrefill(RatingHistory ratings, DecisionService decisions, SelfAssessmentService assessments, PlanQueries plans,
                      ReviewSuggestionRepository suggestions, SelfReviewRepository reviews, MessageSource messages) {
        this.ratings = ratings;
        this.decisions = decisions;
        this.assessments = assessments;
        this.plans = plans;
        this.suggestions = suggestions;
        this.reviews = reviews;
        this.messages = messages;
    }

    Map<String, String> forPerson(CadreId cadre, int year) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put(SelfReviewSections.TASKS, tasks(cadre, year));
        texts.put(SelfReviewSections.SUGGESTIONS, suggestionsAndRemedies("C" + cadre.value(),
                suggestions.findByCadre(cadre.value(), year).stream().map(ReviewSuggestionEntry::text).toList(),
                year));
        return texts;
    }

    Map<String, String> forCollective(long unitId, int year) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put(SelfReviewSections.TASKS, collectiveTasks(new UnitId(unitId), year));
        texts.put(SelfReviewSections.SUGGESTIONS, suggestionsAndRemedies("U" + unitId, List.of(), year));
        return texts;
    }

    /** Each quarter of the year: the collective's recorded result, then its members' levels. */
    private String collectiveTasks(UnitId unit, int year) {
        List<String> lines = new ArrayList<>();
        for (int number = 1; number <= 4; number++) {
            Quarter quarter = new Quarter(year, number);
            Optional<CollectiveView> result = decisions.collectiveResult(unit, quarter);
            lines.add(result.filter(CollectiveView::recorded).map(recorded -> text(
                            "selfreview.prefill.collective", quarter.roman(), year,
                            recorded.level() == null ? text("selfreview.prefill.not-rated")
                                    : text(recorded.level().messageKey()),
                            recorded.assigned(), recorded.done(), recorded.excused(),
                            figure(recorded.completionPercent())))
                    .orElseGet(() -> text("selfreview.prefill.collective-none", quarter.roman(), year)));
            LevelCount counts = membersLevels(unit, quarter);
            lines.add(text("selfreview.prefill.members", counts.of(RatingLevel.EXCELLENT),
                    counts.of(RatingLevel.GOOD), counts.of(RatingLevel.COMPLETED),
                    counts.of(RatingLevel.NOT_COMPLETED), counts.withoutLevel()));
        }
        return String.join("\n", lines);
    }

    /**
     * The unit's ratings of the quarter that are not cancelled, by the level decided (none yet while proposed):
     * the count Mẫu 04 shows below its table for the unit.
     */
    LevelCount membersLevels(UnitId unit, Quarter quarter) {
        Map<RatingLevel, Integer> counts = new EnumMap<>(RatingLevel.class);
        int withoutLevel = 0;
        for (RatingView rating : decisions.ratingsOfUnit(unit, quarter)) {
            if (rating.status() == RatingStatus.CANCELLED) {
                continue;
            }
            if (rating.decidedLevel() == null) {
                withoutLevel++;
            } else {
                counts.merge(rating.decidedLevel(), 1, Integer::sum);
            }
        }
        return new LevelCount(counts, withoutLevel);
    }

    /** How many of a unit's members were rated at each level in a quarter, and how many have no level yet. */
    record LevelCount(Map<RatingLevel, Integer> counts, int withoutLevel) {

        int of(RatingLevel level) {
            return counts.getOrDefault(level, 0);
        }
    }

    private String tasks(CadreId cadre, int year) {
        List<String> lines = new ArrayList<>();
        Map<RatedPeriod, CadreRatingHistory.Row> rated = new LinkedHashMap<>();
        ratings.of(cadre.value()).rows().stream()
                .filter(row -> row.period().year() == year && row.period().period().isQuarter() && row.counted())
                .forEach(row -> rated.put(row.period().period(), row));
        for (int number = 1; number <= 3; number++) {
            Quarter quarter = new Quarter(year, number);
            CadreRatingHistory.Row row = rated.get(RatedPeriod.values()[number - 1]);
            String level = row == null || row.level() == null ? text("selfreview.prefill.not-rated")
                    : text("rule.level." + row.level().name());
            lines.add(text("selfreview.prefill.quarter", quarter.roman(), year, level));
            assessments.ofCadre(cadre, quarter).ifPresent(assessment -> figures(assessment, lines));
        }
        Quarter fourth = new Quarter(year, 4);
        Optional<ApprovedPlan> plan = plans.approvedPlan(cadre, fourth);
        lines.add(text("selfreview.prefill.q4-plan", year, plan.map(p -> p.tasks().size()).orElse(0)));
        plan.ifPresent(p -> p.tasks().forEach(task -> lines.add(plannedTask(task))));
        assessments.ofCadre(cadre, fourth).ifPresentOrElse(assessment -> {
            lines.add(text("selfreview.prefill.q4-self", text("selfreview.status-assessment." + assessment.status()),
                    assessment.proposedLevel() == null ? "—" : text("rule.level." + assessment.proposedLevel())));
            figures(assessment, lines);
        }, () -> lines.add(text("selfreview.prefill.q4-none")));
        return String.join("\n", lines);
    }

    /** The quarter's self-assessed total and the KPI of each axis with tasks. */
    private void figures(SelfAssessmentView assessment, List<String> lines) {
        BigDecimal total = assessment.total();
        if (total != null) {
            lines.add(text("selfreview.prefill.total", figure(total)));
        }
        if (assessment.liveScore().scored()) {
            assessment.liveScore().score().axes().stream().filter(axis -> axis.hasTasks()).forEach(axis ->
                    lines.add(text("selfreview.prefill.kpi", axis.axis(),
                            figure(axis.kpi().times(BigDecimal.valueOf(100)).rounded(2)))));
        }
        assessment.tasks().forEach(task -> lines.add(text("selfreview.prefill.task", task.title(),
                figure(task.doneQuantity()), figure(task.plannedQuantity()))));
    }

    private String plannedTask(PlannedTask task) {
        return text("selfreview.prefill.q4-task", task.title(), figure(task.plannedQuantity()));
    }

    private String suggestionsAndRemedies(String subjectKey, List<String> suggested, int year) {
        List<String> lines = new ArrayList<>();
        if (!suggested.isEmpty()) {
            lines.add(text("selfreview.prefill.suggestions", year));
            suggested.forEach(suggestion -> lines.add("- " + suggestion));
        }
        reviews.findBySubject(subjectKey, year - 1)
                .map(last -> last.texts().getOrDefault(SelfReviewSections.SHORTCOMINGS, ""))
                .filter(text -> !text.isBlank())
                .ifPresent(shortcomings -> {
                    lines.add(text("selfreview.prefill.last-year", year - 1));
                    lines.add(shortcomings);
                });
        return String.join("\n", lines);
    }

    /** Arguments go in as text: MessageFormat would write the year 2026 as "2.026" in Vietnamese. */
    private String text(String key, Object... arguments) {
        Object[] texts = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            texts[i] = String.valueOf(arguments[i]);
        }
        return messages.getMessage(key, texts, VIETNAMESE);
    }

    /** A figure as Vietnamese documents write it: no trailing zeros, a decimal comma. */
    private static String figure(BigDecimal value) {
        return value == null ? "—" : Decimals.plain(value).toPlainString().replace('.', ',');
    }
}

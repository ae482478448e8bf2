package vn.danhgia.assessment.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import vn.danhgia.assessment.LiveScore;
import vn.danhgia.assessment.RatingTexts;
import vn.danhgia.assessment.SelfAssessmentView;
import vn.danhgia.planning.DeadlineExtensionView;
import vn.danhgia.rules.RatingLevel;

/**
 * A stored self-assessment as the API returns it: the figures as entered, the live score (2 decimals, half-up) or why
 * it cannot be scored yet, and the engine's suggested level with its cited reasons. {@code total} is the figure the
 * page and Mẫu 03 show ({@link SelfAssessmentView#total()}): the live total, else the total kept at submission.
 */
record SelfAssessmentResponse(long id, long version, long cadreId, String cadreName, int year, int quarter,
                              String schemeCode, Long planId, boolean listsTasksDirectly, String status,
                              Map<String, Boolean> criteria, Map<Integer, BigDecimal> axisMaxPoints,
                              List<SelfAssessmentView.TaskView> tasks, String proposedLevel, String selfComment,
                              BigDecimal submittedTotal, BigDecimal total, Instant submittedAt, boolean submittedLate,
                              String returnedBy, Instant returnedAt, String returnNote, LocalDate deadline,
                              DeadlineExtensionView extension, Score score, Suggestion suggestion,
                              List<String> scoreProblems, boolean canEdit, boolean canReturn) {

    record Score(BigDecimal generalPoints, BigDecimal taskPoints, BigDecimal total) {
    }

    record Suggestion(RatingLevel level, String levelName, List<Reason> reasons) {
    }

    record Reason(String message, String source, boolean limits) {
    }

    static SelfAssessmentResponse of(SelfAssessmentView view, RatingTexts texts, MessageSource messages,
                                     Locale locale) {
        LiveScore live = view.liveScore();
        Score score = live.scored() ? new Score(live.score().generalPoints().setScale(2),
                live.score().taskPoints().rounded(2), live.roundedTotal()) : null;
        Suggestion suggestion = live.suggestion() == null ? null : new Suggestion(live.suggestion().level(),
                texts.levelName(live.suggestion().level(), locale), live.suggestion().reasons().stream()
                .map(r -> new Reason(texts.message(r, locale), texts.source(r, locale), r.limits())).toList());
        Map<String, Boolean> criteria = new java.util.LinkedHashMap<>();
        view.criteria().forEach(c -> criteria.put(c.code(), c.met()));
        return new SelfAssessmentResponse(view.id(), view.version(), view.cadre().value(), view.cadreName(),
                view.quarter().year(), view.quarter().number(), view.schemeCode(), view.planId(),
                view.listsTasksDirectly(), view.status().name(), criteria, view.axisMaxPoints(), view.tasks(),
                view.proposedLevel(), view.selfComment(), view.submittedTotal(), view.total(), view.submittedAt(),
                view.submittedLate(), view.returnedBy(), view.returnedAt(), view.returnNote(), view.deadline(),
                view.extension(), score, suggestion,
                live.problems().stream().map(p -> messages.getMessage(p.messageKey(), p.arguments().toArray(),
                        locale)).toList(), view.canEdit(), view.canReturn());
    }
}

package vn.danhgia.appraisal.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import vn.danhgia.appraisal.AppraisalView;
import vn.danhgia.assessment.LiveScore;
import vn.danhgia.assessment.RatingTexts;
import vn.danhgia.rules.RatingLevel;

/**
 * An appraisal as the API returns it: per task the cadre's and the appraised figures, both scores (2 decimals,
 * half-up) each with the engine's suggested level and its cited reasons, and the proposal.
 */
record AppraisalResponse(long id, long version, long selfAssessmentId, long cadreId, String cadreName, int year,
                         int quarter, String status, List<AppraisalView.TaskLine> tasks, RatingLevel proposedLevel,
                         RatingLevel cadreProposedLevel, String justification, Scored cadre, Scored appraised,
                         boolean proposalAboveSuggestion, BigDecimal cadreTotal, BigDecimal appraisedTotal,
                         String appraisedBy, Instant appraisedAt, boolean canEdit) {

    /** A score with the engine's suggestion, or why it cannot be scored. */
    record Scored(BigDecimal total, Suggestion suggestion, List<String> problems) {
    }

    record Suggestion(RatingLevel level, String levelName, List<Reason> reasons) {
    }

    record Reason(String message, String source, boolean limits) {
    }

    static AppraisalResponse of(AppraisalView view, RatingTexts texts, MessageSource messages, Locale locale) {
        return new AppraisalResponse(view.id(), view.version(), view.selfAssessmentId(), view.cadre().value(),
                view.cadreName(), view.quarter().year(), view.quarter().number(), view.status().name(),
                view.tasks(), view.proposedLevel(), view.cadreProposedLevel(), view.justification(),
                scored(view.cadreScore(), texts, messages, locale),
                scored(view.appraisedScore(), texts, messages, locale), view.proposalAboveSuggestion(),
                view.cadreTotal(), view.appraisedTotal(), view.appraisedBy(), view.appraisedAt(), view.canEdit());
    }

    private static Scored scored(LiveScore live, RatingTexts texts, MessageSource messages, Locale locale) {
        Suggestion suggestion = live.suggestion() == null ? null : new Suggestion(live.suggestion().level(),
                texts.levelName(live.suggestion().level(), locale), live.suggestion().reasons().stream()
                .map(r -> new Reason(texts.message(r, locale), texts.source(r, locale), r.limits())).toList());
        return new Scored(live.roundedTotal(), suggestion, live.problems().stream()
                .map(p -> messages.getMessage(p.messageKey(), p.arguments().toArray(), locale)).toList());
    }
}

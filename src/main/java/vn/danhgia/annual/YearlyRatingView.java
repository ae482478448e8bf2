package vn.danhgia.annual;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.danhgia.decision.RatingStatus;
import vn.danhgia.rules.RatingLevel;

/**
 * A subject's yearly rating as stored, with the suggestion's reasons worked out again from the facts gathered.
 *
 * @param quarterLevels     the year's counted quarter levels, e.g. "Q1=GOOD;Q2=EXCELLENT"
 * @param provisional       a party-member level resting on the workplace's proposed level (seed 004 §VII.1)
 * @param restingOnLevel    that workplace level
 * @param capReason         why the level was limited (the collective's level, seed 004 §VII.2)
 * @param lastComplaintDay  the last day a complaint is in time, once announced
 */
public record YearlyRatingView(long id, long version, YearlyTrack track, Long cadreId, String subjectName,
                               long unitId, String unitName, int year, RatingStatus status, boolean headsUnit,
                               String peerGroup, String quarterLevels, boolean disciplined,
                               RatingLevel suggestedLevel, List<YearlyReason> suggestionReasons,
                               RatingLevel proposedLevel, String proposalSource, String proposedBy,
                               RatingLevel decidedLevel, String decidedBy, Instant decidedAt, String decisionReason,
                               String capReason, boolean provisional, RatingLevel restingOnLevel,
                               Instant announcedAt, Instant lockedAt, String cancelReason, LocalDate lastComplaintDay) {

    public YearlyRatingView {
        suggestionReasons = List.copyOf(suggestionReasons);
    }

    /** One counted quarter of the year: the rules bundle's period key and its level. */
    public record QuarterLevel(String periodKey, RatingLevel level) {
    }

    /** The year's counted quarters, in order. */
    public List<QuarterLevel> quarters() {
        if (quarterLevels == null || quarterLevels.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(quarterLevels.split(";")).map(part -> part.split("="))
                .map(pair -> new QuarterLevel("rule.rated-period." + pair[0], RatingLevel.valueOf(pair[1])))
                .toList();
    }

    /** The collective's level that capped a head's level (seed 004 §VII.2), if any. */
    public RatingLevel capLevel() {
        return capReason == null || !capReason.contains(":") ? null
                : RatingLevel.valueOf(capReason.substring(capReason.indexOf(':') + 1));
    }

    /** The level that counts in the tables: the decided one once decided, announced or locked. */
    public boolean counted() {
        return status.isDecided() && decidedLevel != null;
    }
}

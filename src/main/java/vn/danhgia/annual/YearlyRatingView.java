package vn.danhgia.annual;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import vn.danhgia.decision.RatingStatus;
import vn.danhgia.rules.CorruptionExemption;
import vn.danhgia.rules.DisciplineForm;
import vn.danhgia.rules.RatedPeriod;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.annual.SubjectTrack;
import vn.danhgia.rules.quarterly.TaskConditions;

/**
 * A subject's yearly rating as stored, with the suggestion's reasons worked out again from the facts gathered.
 *
 * @param quarterLevels     the year's counted quarter levels, e.g. "Q1=GOOD;Q2=EXCELLENT"
 * @param provisional       a party-member level resting on the workplace's proposed level (seed 004 §VII.1)
 * @param restingOnLevel    that workplace level
 * @param capReason         why the level was limited (the collective's level, seed 004 §VII.2)
 * @param lastComplaintDay  the last day a complaint is in time, once announced
 * @param facts             the facts the engine's suggestion rests on, each with where it came from
 */
public record YearlyRatingView(long id, long version, YearlyTrack track, Long cadreId, String subjectName,
                               long unitId, String unitName, int year, RatingStatus status, boolean headsUnit,
                               String peerGroup, String quarterLevels, boolean disciplined,
                               RatingLevel suggestedLevel, List<YearlyReason> suggestionReasons,
                               RatingLevel proposedLevel, String proposalSource, String proposedBy,
                               RatingLevel decidedLevel, String decidedBy, Instant decidedAt, String decisionReason,
                               String capReason, boolean provisional, RatingLevel restingOnLevel,
                               Instant announcedAt, Instant lockedAt, String cancelReason, LocalDate lastComplaintDay,
                               Facts facts) {

    public YearlyRatingView {
        suggestionReasons = List.copyOf(suggestionReasons);
    }

    /**
     * The facts of the year as stored (issue 13 §5).
     *
     * @param subjectTrack   the subject's track, which chooses the legal basis with the year
     * @param points         the year's points on the 100-point frame, or null
     * @param tasks          the year's task counts, or null
     * @param discipline     the heaviest disciplinary form in the year, or null
     * @param corruption     corruption in a unit under the person's charge with their exemption, or null
     * @param headedLevel    the level of the collective the person heads, decided or else proposed
     * @param cadreLevel     for a party rating: the cadre level it rests on (seed 004 §VII.1)
     * @param cadreLevelProvisional that cadre level is only proposed
     */
    public record Facts(SubjectTrack subjectTrack, BigDecimal points, FactSource pointsSource, TaskConditions tasks,
                        FactSource tasksSource, DisciplineForm discipline, boolean degradation,
                        CorruptionExemption corruption, RatingLevel headedLevel, RatingLevel cadreLevel,
                        boolean cadreLevelProvisional) {
    }

    /** One counted quarter of the year and its level. */
    public record QuarterLevel(RatedPeriod period, RatingLevel level) {

        /** Key of the period's label in the rules bundle. */
        public String periodKey() {
            return "rule.rated-period." + period.name();
        }

        /** Reads the quarters as the yearly rating stores them: "Q1=GOOD;Q2=EXCELLENT". */
        public static List<QuarterLevel> parse(String stored) {
            if (stored == null || stored.isBlank()) {
                return List.of();
            }
            return Arrays.stream(stored.split(";")).map(part -> part.split("="))
                    .map(pair -> new QuarterLevel(RatedPeriod.valueOf(pair[0]), RatingLevel.valueOf(pair[1])))
                    .toList();
        }
    }

    /** The year's counted quarters, in order. */
    public List<QuarterLevel> quarters() {
        return QuarterLevel.parse(quarterLevels);
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

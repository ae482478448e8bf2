package vn.danhgia.scheme;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import vn.danhgia.rules.RatingRules;

/**
 * The values of a scheme that an administrator may change (cấu hình phương án): the rating thresholds, the default
 * maximum points of the result axes, the calendar deadlines, the complaint window and whether the council votes by
 * secret ballot.
 *
 * @param version       the {@link SchemeDetails#version()} these settings were based on
 * @param axisMaxPoints default maximum points by axis number; every axis of the scheme, totalling the task maximum
 *                      (70 in seed 002 Phụ lục 2)
 * @param deadlines     at most one per step, in the order of the process
 * @param complaintWindowDays days after an announcement in which a complaint is in time
 *                      ({@link EvaluationSchemeView#complaintWindowDays()})
 * @param secretBallot  the council votes by secret ballot (bỏ phiếu kín; {@link EvaluationSchemeView#secretBallot()})
 */
public record SchemeSettings(long version, RatingRules ratingRules, Map<Integer, BigDecimal> axisMaxPoints,
                             List<Deadline> deadlines, int complaintWindowDays, boolean secretBallot) {

    public SchemeSettings {
        Objects.requireNonNull(ratingRules, "ratingRules");
        axisMaxPoints = Map.copyOf(axisMaxPoints);
        deadlines = List.copyOf(deadlines);
    }

    /** The scheme's current settings, as the starting point of a change. */
    public static SchemeSettings of(SchemeDetails details) {
        EvaluationSchemeView scheme = details.scheme();
        return new SchemeSettings(details.version(), scheme.ratingRules(),
                scheme.axes().stream().collect(Collectors.toMap(AxisDefinition::number,
                        AxisDefinition::defaultMaxPoints)),
                scheme.deadlines(), scheme.complaintWindowDays(), scheme.secretBallot());
    }

    /** The same settings with other default axis weights. */
    public SchemeSettings withAxisMaxPoints(Map<Integer, BigDecimal> otherAxisMaxPoints) {
        return new SchemeSettings(version, ratingRules, otherAxisMaxPoints, deadlines, complaintWindowDays,
                secretBallot);
    }
}

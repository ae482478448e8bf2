package vn.danhgia.reporting.dashboard;

/**
 * Bands of the quarterly total (100 points; above 100 when work went beyond the plan, seed 002 Phụ lục 2) for the
 * score histogram. The bounds 50, 70 and 90 are those of the points bands in Quy định 366-QĐ/TW Điều 11, so a bar never
 * straddles two levels; the wide GOOD and EXCELLENT bands are split in tens.
 */
public enum ScoreBand {
    BELOW_50(null, 50),
    FROM_50(50, 60),
    FROM_60(60, 70),
    FROM_70(70, 80),
    FROM_80(80, 90),
    FROM_90(90, 100),
    FROM_100(100, null);

    private final Integer from;
    private final Integer below;

    ScoreBand(Integer from, Integer below) {
        this.from = from;
        this.below = below;
    }

    /** The lowest total in the band; null for the first. */
    public Integer from() {
        return from;
    }

    /** The first total above the band; null for the last. */
    public Integer below() {
        return below;
    }

    /** The band's bounds as an SQL condition on {@code score}. */
    String condition(String score) {
        return (from == null ? "" : score + " >= " + from) + (from != null && below != null ? " and " : "")
                + (below == null ? "" : score + " < " + below);
    }
}

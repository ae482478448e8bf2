package vn.danhgia.rules;

/**
 * The four quality levels (mức xếp loại chất lượng), best first (seed 000 §III.3; Quy định 366 Điều 11).
 */
public enum RatingLevel {
    /** Hoàn thành xuất sắc nhiệm vụ. */
    EXCELLENT,
    /** Hoàn thành tốt nhiệm vụ. */
    GOOD,
    /** Hoàn thành nhiệm vụ. */
    COMPLETED,
    /** Không hoàn thành nhiệm vụ. */
    NOT_COMPLETED;

    public boolean isAbove(RatingLevel other) {
        return ordinal() < other.ordinal();
    }

    public boolean isAtLeast(RatingLevel other) {
        return ordinal() <= other.ordinal();
    }

    /** Key of the level's official name in the rules message bundle. */
    public String messageKey() {
        return "rule.level." + name();
    }

    /** The lower of the two levels: a cap never raises a level. */
    public RatingLevel atMost(RatingLevel cap) {
        return cap.ordinal() > ordinal() ? cap : this;
    }
}

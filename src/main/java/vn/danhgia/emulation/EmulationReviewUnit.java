package vn.danhgia.emulation;

/**
 * A unit in the reader's scope with its review meeting of the year, if one was opened.
 *
 * @param mayOpen the reader conducts the unit's review and none is open yet
 */
public record EmulationReviewUnit(long unitId, String code, String name, Long reviewId, EmulationReviewStatus status,
                                  boolean mayOpen) {
}

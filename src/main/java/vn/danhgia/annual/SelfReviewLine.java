package vn.danhgia.annual;

/**
 * One person of a unit on the unit's list of self-reviews for a year: the form they fill and where theirs stands
 * ({@code status} and {@code id} null while not opened).
 */
public record SelfReviewLine(long cadreId, String cadreCode, String fullName, String positionTitle, String form,
                             Long id, SelfReviewStatus status) {
}

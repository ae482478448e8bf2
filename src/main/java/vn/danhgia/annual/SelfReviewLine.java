package vn.danhgia.annual;

/**
 * One person of a unit on the unit's list of self-reviews for a year: the form they fill and where theirs stands
 * ({@code status} and {@code id} null while not opened).
 *
 * @param form              the form they fill, null when they fill none
 * @param notReviewedReason why a party member is not reviewed ({@link vn.danhgia.rules.annual.NotReviewedReason}: EXEMPT,
 *                          SUSPENDED, ADMITTED_UNDER_SIX_MONTHS; seed 004 §II.1), null when they are
 */
public record SelfReviewLine(long cadreId, String cadreCode, String fullName, String positionTitle, String form,
                             Long id, SelfReviewStatus status, String notReviewedReason) {
}

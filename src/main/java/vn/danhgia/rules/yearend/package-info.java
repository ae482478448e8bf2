/**
 * The year read from its rated quarters (seed 002 §5, {@link vn.danhgia.rules.yearend.YearEndReview}): a
 * NOT_COMPLETED quarter caps the year, more EXCELLENT quarters come first, and NOT_COMPLETED in two consecutive rated
 * periods raises a replacement alert ({@link vn.danhgia.rules.yearend.ReplacementAlert}).
 */
package vn.danhgia.rules.yearend;

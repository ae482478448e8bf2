package vn.danhgia.scheme;

/** Which month a deadline's day falls in, relative to the rated quarter. */
public enum DeadlineMonth {
    PREVIOUS_QUARTER_LAST_MONTH,
    QUARTER_LAST_MONTH,
    NEXT_QUARTER_FIRST_MONTH
}

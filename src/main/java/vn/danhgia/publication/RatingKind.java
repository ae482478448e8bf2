package vn.danhgia.publication;

/**
 * Which store of ratings a complaint is about: the quarterly ratings of the decision step, or the yearly ratings of
 * the annual cycle. Each kind has one {@link RatedRecords} that the complaint workflow asks.
 */
public enum RatingKind {
    QUARTERLY,
    YEARLY
}

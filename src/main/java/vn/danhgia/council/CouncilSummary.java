package vn.danhgia.council;

/** A council in the signed-in person's list. */
public record CouncilSummary(long id, String unitName, int year, int quarter, int members) {
}

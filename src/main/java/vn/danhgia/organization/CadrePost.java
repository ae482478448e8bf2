package vn.danhgia.organization;

/** A unit a cadre holds a position in, with the position's rank: what scope checks need to know about a cadre. */
public record CadrePost(UnitId unit, PositionRank rank) {
}

package vn.danhgia.reporting;

/** A unit the board can be narrowed to; depth 0 for the top units the person sees, for indenting the list. */
public record UnitOption(long id, String code, String name, int depth) {
}

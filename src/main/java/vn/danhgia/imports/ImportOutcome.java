package vn.danhgia.imports;

/**
 * What importing does (or did) to one record: its first row in the file, its natural key (unit code, position code,
 * cadre code and post, username…) and the action.
 */
public record ImportOutcome(int row, String key, ImportAction action) {
}

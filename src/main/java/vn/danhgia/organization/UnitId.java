package vn.danhgia.organization;

public record UnitId(long value) {
}

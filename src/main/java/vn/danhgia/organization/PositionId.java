package vn.danhgia.organization;

public record PositionId(long value) {
}

package vn.danhgia.organization;

public record CadreId(long value) {
}

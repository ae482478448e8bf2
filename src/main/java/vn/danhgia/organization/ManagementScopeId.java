package vn.danhgia.organization;

public record ManagementScopeId(long value) {
}

package vn.danhgia.organization;

/** A record as an administrator's form reads it: its view and the version a change must be based on. */
public record Versioned<T>(T value, long version) {
}

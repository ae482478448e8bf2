package vn.danhgia.organization;

public record AppointmentId(long value) {
}

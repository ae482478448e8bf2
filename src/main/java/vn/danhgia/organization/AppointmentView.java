package vn.danhgia.organization;

import java.time.LocalDate;

/**
 * An appointment (bổ nhiệm, kiêm nhiệm): a cadre holds a position from {@code start} to {@code end}, both days
 * included; {@code end} is {@code null} while it is in force.
 */
public record AppointmentView(AppointmentId id, CadreId cadre, PositionId position, String positionTitle, UnitId unit,
                              String unitName, LocalDate start, LocalDate end, AppointmentKind kind) {
}

package vn.danhgia.organization;

import java.time.LocalDate;

/**
 * What {@link SpecialCases} needs to know about one appointment in a cadre's history.
 *
 * @param organisation the cơ quan, đơn vị the position belongs to (seed 002 §7 a, b): for a department, its agency;
 *                     for an agency or centre, itself
 * @param end          last day held, or {@code null} while in force
 */
public record AppointmentFact(PositionId position, UnitId organisation, boolean leader, AppointmentKind kind,
                              LocalDate start, LocalDate end) {

    public boolean isInForceOn(LocalDate date) {
        return !start.isAfter(date) && (end == null || !end.isBefore(date));
    }
}

package vn.danhgia.emulation.registration;

import java.time.LocalDate;
import java.util.List;

/**
 * A unit's registrations for a year: the unit as a collective first, then each person reviewed in it.
 *
 * @param deadline        the last day in time of the unit's calendar
 * @param recordsPaper    whether the reader may record a paper registration of an earlier day
 */
public record UnitRegistrationsView(long unitId, String unitName, int year, LocalDate deadline, boolean recordsPaper,
                                    List<RegistrationRow> rows) {

    public UnitRegistrationsView {
        rows = List.copyOf(rows);
    }

    public long registeredCount() {
        return rows.stream().filter(row -> row.registration() != null).count();
    }
}

package vn.danhgia.scheme;

import java.util.List;
import java.util.Optional;

/** Read access to the annual calendars for other modules. */
public interface AnnualCalendars {

    List<AnnualCalendarView> all();

    Optional<AnnualCalendarView> byCode(String code);

    /**
     * The calendar of a unit, given the codes of the unit and of the units above it, nearest first: the first code a
     * calendar names decides.
     */
    Optional<AnnualCalendarView> forUnitCodes(List<String> unitAndParents);

    /** Of the calendars, the one the first of the unit's and its parents' codes names, nearest first. */
    static Optional<AnnualCalendarView> chosen(List<AnnualCalendarView> calendars, List<String> unitAndParents) {
        for (String unitCode : unitAndParents) {
            Optional<AnnualCalendarView> named = calendars.stream()
                    .filter(calendar -> calendar.unitCodes().contains(unitCode)).findFirst();
            if (named.isPresent()) {
                return named;
            }
        }
        return Optional.empty();
    }
}

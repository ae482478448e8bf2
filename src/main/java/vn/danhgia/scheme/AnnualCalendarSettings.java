package vn.danhgia.scheme;

import java.util.List;
import java.util.Set;

/** What an administrator changes in an annual calendar: its steps and the units it applies to, at a version. */
public record AnnualCalendarSettings(long version, List<AnnualDeadline> steps, Set<String> unitCodes) {

    public AnnualCalendarSettings {
        steps = List.copyOf(steps);
        unitCodes = Set.copyOf(unitCodes);
    }

    public static AnnualCalendarSettings of(AnnualCalendarView calendar) {
        return new AnnualCalendarSettings(calendar.version(), calendar.steps(), calendar.unitCodes());
    }
}

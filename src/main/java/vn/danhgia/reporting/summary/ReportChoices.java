package vn.danhgia.reporting.summary;

import java.util.List;
import vn.danhgia.reporting.UnitOption;

/** What the reports page offers a person: the units in their scope and the current year. */
public record ReportChoices(List<UnitOption> units, int currentYear) {

    public ReportChoices {
        units = List.copyOf(units);
    }
}

package vn.danhgia.scheme;

import java.util.Objects;
import vn.danhgia.rules.emulation.EmulationThresholds;

/**
 * The emulation thresholds of an annual calendar as they apply: the stored ones at their version, or the law's values
 * with no version while nobody stored any.
 */
public record EmulationSettingsView(AnnualCalendarView calendar, EmulationThresholds thresholds, Long version) {

    public EmulationSettingsView {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(thresholds, "thresholds");
    }

    public boolean stored() {
        return version != null;
    }
}

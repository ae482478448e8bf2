package vn.danhgia.scheme;

import java.util.List;
import java.util.function.Function;
import vn.danhgia.rules.emulation.EmulationThresholds;

/**
 * The emulation thresholds that apply to a unit (issue 14 §3), chosen like its annual calendar: the first of the unit's
 * and its parents' codes that names settings decides; the law's values where none does.
 */
public interface EmulationSettings {

    EmulationThresholds forUnitCodes(List<String> unitAndParents);

    /**
     * Every calendar's thresholds read at once and chosen per unit in memory, so a report over many units costs the
     * same statements as one over a single unit.
     */
    Function<List<String>, EmulationThresholds> readAll();
}

package vn.danhgia.scheme.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.danhgia.rules.emulation.EmulationThresholds;
import vn.danhgia.scheme.EmulationSettings;

/** The law's values for every unit, until an administrator stores others. */
@Component
class LawEmulationSettings implements EmulationSettings {

    @Override
    public EmulationThresholds forUnitCodes(List<String> unitAndParents) {
        return EmulationThresholds.defaults();
    }
}

package vn.danhgia.rules.emulation;

import java.util.List;
import java.util.Objects;

/** Whether a person or collective qualifies for a title in a year, with every condition checked and its source. */
public record TitleEligibility(EmulationTitle title, List<EmulationReason> reasons) {

    public TitleEligibility {
        Objects.requireNonNull(title, "title");
        reasons = List.copyOf(reasons);
    }

    public boolean eligible() {
        return reasons.stream().allMatch(EmulationReason::met);
    }

    public List<EmulationReason> unmet() {
        return reasons.stream().filter(reason -> !reason.met()).toList();
    }
}

package vn.danhgia.rules.emulation;

import java.util.List;
import java.util.Objects;

/**
 * A title or reward that rests on a run of consecutive years and that one more year would complete: the run held so far
 * ({@code yearsHeld} of {@code yearsNeeded}), and what the rules would still find missing even after a best next year
 * (an initiative of provincial effect for Chiến sĩ thi đua cấp tỉnh, initiatives for a Bằng khen).
 */
public record ChainProspect(EmulationTitle title, int yearsHeld, int yearsNeeded, List<EmulationReason> stillMissing) {

    public ChainProspect {
        Objects.requireNonNull(title, "title");
        stillMissing = List.copyOf(stillMissing);
    }

    /** Whether a best next year alone completes the title, nothing else missing. */
    public boolean completeWithNextYear() {
        return stillMissing.isEmpty();
    }
}

package vn.danhgia.emulation;

import java.util.Objects;
import vn.danhgia.rules.emulation.EmulationTitle;

/**
 * A title or reward a holder received in a year before the one under review, entered so that the chains of
 * consecutive years start from real history (issue 14 §2); {@code decisionRef} is the number of the decision that
 * gave it, when known.
 */
public record PastAward(Nominee nominee, int year, EmulationTitle title, String decisionRef) {

    public PastAward {
        Objects.requireNonNull(nominee, "nominee");
    }
}

package vn.danhgia.emulation;

import java.util.Objects;
import vn.danhgia.rules.emulation.EmulationTitle;

/**
 * A title or reward to enter in a holder's history: from a recognition decision ({@code decisionId} set) or imported
 * for an earlier year ({@code decisionRef} the text of the decision it came from, when known).
 */
public record AwardEntry(Nominee nominee, long unitId, int year, EmulationTitle title, Long decisionId,
        String decisionRef) {

    public AwardEntry {
        Objects.requireNonNull(nominee, "nominee");
        Objects.requireNonNull(title, "title");
    }
}

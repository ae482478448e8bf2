package vn.danhgia.emulation.dossier;

import vn.danhgia.emulation.Nominee;
import vn.danhgia.rules.emulation.EmulationTitle;

/**
 * A nomination a unit's review meeting chose, as the dossier and the office's consolidation show it.
 *
 * @param decisionNumber the number of the recognition decision that recognised it; null while none has
 */
public record NominationLine(long nominationId, long unitId, String unitName, Nominee nominee, String name,
                             EmulationTitle title, Integer votesFor, Integer votesAgainst, Integer councilMembers,
                             String decisionNumber) {

    public boolean decided() {
        return decisionNumber != null;
    }
}

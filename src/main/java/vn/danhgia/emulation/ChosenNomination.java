package vn.danhgia.emulation;

import vn.danhgia.rules.emulation.EmulationTitle;

/** A title or reward a unit's review meeting chose for a nominee, with the vote that carried it. */
public record ChosenNomination(long nominationId, Nominee nominee, EmulationTitle title, Integer votesFor,
        Integer votesAgainst, Integer councilMembers) {
}

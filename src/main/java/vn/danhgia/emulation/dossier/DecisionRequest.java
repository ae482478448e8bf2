package vn.danhgia.emulation.dossier;

import java.time.LocalDate;
import java.util.List;

/**
 * A recognition decision to record: its number, the day it was signed, who signed it, and the chosen nominations it
 * recognises.
 *
 * @param nominationIds the nominations recognised; null for every nomination of the dossiers sent to the office that
 *                      no decision recognised yet (an empty list names none, and is refused)
 */
public record DecisionRequest(int year, String number, LocalDate signedOn, String authority,
                              List<Long> nominationIds) {

    public DecisionRequest {
        nominationIds = nominationIds == null ? null : List.copyOf(nominationIds);
    }
}

package vn.danhgia.emulation.dossier;

import java.time.LocalDate;
import java.util.List;

/**
 * A recognition decision to record: its number, the day it was signed, who signed it, and the chosen nominations it
 * recognises; none named means every nomination of the dossiers sent to the office that no decision recognised yet.
 */
public record DecisionRequest(int year, String number, LocalDate signedOn, String authority,
                              List<Long> nominationIds) {

    public DecisionRequest {
        nominationIds = nominationIds == null ? List.of() : List.copyOf(nominationIds);
    }
}

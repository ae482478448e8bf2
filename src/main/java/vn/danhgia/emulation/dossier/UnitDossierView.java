package vn.danhgia.emulation.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A unit's proposal dossier for the year as its page and the API show it.
 *
 * @param review   where the unit's review meeting stands: NONE, OPEN or CLOSED
 * @param status   the dossier's state; null while not yet prepared (the review is not closed, or nobody sent it)
 * @param deadline the last day the dossier is in time; null when the unit's calendar sets none
 * @param version  the dossier's version for optimistic locking; null while not yet prepared
 * @param maySend  whether the reader may send it now (a leader of the unit, the review closed, not sent or returned)
 * @param mayReturn whether the reader may return it now (the personnel office serving the unit, the dossier sent)
 */
public record UnitDossierView(long unitId, String unitName, int year, String review, EmulationDossierStatus status,
                              boolean late, String sentBy, Instant sentAt, String returnedBy, Instant returnedAt,
                              String returnReason, LocalDate deadline, List<NominationLine> chosen, Long version,
                              boolean maySend, boolean mayReturn) {

    public UnitDossierView {
        chosen = List.copyOf(chosen);
    }

    /** The status as the page names it: a closed review not yet sent reads as a draft. */
    public String statusKey() {
        if (status != null) {
            return status.messageKey();
        }
        return "CLOSED".equals(review) ? EmulationDossierStatus.DRAFT.messageKey()
                : "emulationdossier.review." + review;
    }
}

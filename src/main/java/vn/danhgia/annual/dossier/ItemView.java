package vn.danhgia.annual.dossier;

import java.time.Instant;
import vn.danhgia.rules.annual.AnnualDossierChecklist.Entry;
import vn.danhgia.rules.annual.AnnualDossierItem;

/**
 * One item of a dossier's checklist as it stands: the newest entry (a file or "not applicable" with its reason), or
 * nothing yet.
 *
 * @param entry              null while nothing is recorded
 * @param missing            the dossier is not complete without it
 * @param mayBeNotApplicable the item may be marked not applicable now (seed 003 §2.1 a: "nếu có", conditional items)
 */
public record ItemView(AnnualDossierItem item, Entry entry, Long entryId, String originalName, Long size,
                       String sha256, String reason, String recordedBy, Instant recordedAt, boolean missing,
                       boolean mayBeNotApplicable) {

    /** Key of the item's name in the annual dossier bundle. */
    public String messageKey() {
        return "annual.dossier.item." + item.name();
    }
}

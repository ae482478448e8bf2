package vn.danhgia.rules.annual;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Seed 003 §2.1 a ("Hồ sơ gồm"): which items a year-end dossier holds, which may be marked not applicable, and what a
 * dossier still misses. An item is done when a file is uploaded for it, or when it may be left out and has been
 * marked not applicable with a reason.
 */
public final class AnnualDossierChecklist {

    /** What has been recorded for an item. */
    public enum Entry { UPLOADED, NOT_APPLICABLE }

    private AnnualDossierChecklist() {
    }

    /** The items of the holder's dossier in the seed's order. */
    public static List<AnnualDossierItem> items(AnnualDossierItem.Holder holder) {
        return Arrays.stream(AnnualDossierItem.values()).filter(item -> item.holder() == holder).toList();
    }

    /**
     * Why the item may not be marked not applicable; empty when it may. A mandatory item never may; the evidence of
     * item 11 may not while the person is proposed at EXCELLENT (seed 003 §2.1 a (11)).
     */
    public static Optional<String> notApplicableRefusal(AnnualDossierItem item, boolean excellentProposed) {
        return switch (item.need()) {
            case MANDATORY -> Optional.of("annual.dossier.refused.mandatory");
            case IF_EXCELLENT -> excellentProposed ? Optional.of("annual.dossier.refused.excellent-evidence")
                    : Optional.empty();
            case IF_ANY, CONDITIONAL -> Optional.empty();
        };
    }

    /** The items still missing from a dossier, in the seed's order. */
    public static List<AnnualDossierItem> missing(AnnualDossierItem.Holder holder,
                                                  Map<AnnualDossierItem, Entry> recorded, boolean excellentProposed) {
        return items(holder).stream().filter(item -> {
            Entry entry = recorded.get(item);
            if (entry == Entry.UPLOADED) {
                return false;
            }
            return entry != Entry.NOT_APPLICABLE || notApplicableRefusal(item, excellentProposed).isPresent();
        }).toList();
    }
}

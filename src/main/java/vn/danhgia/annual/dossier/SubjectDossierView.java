package vn.danhgia.annual.dossier;

import java.util.List;
import vn.danhgia.rules.annual.AnnualDossierItem;

/**
 * A subject's year-end dossier: whose, kept by which unit, the year, the checklist and what it still misses.
 *
 * @param excellentProposed the person's yearly rating is proposed or decided EXCELLENT, so the evidence of seed 003
 *                          §2.1 a (11) is required
 */
public record SubjectDossierView(SubjectRef subject, String code, String name, long unitId, String unitName, int year,
                                 boolean excellentProposed, List<ItemView> items,
                                 List<AnnualDossierItem> missing) {

    public SubjectDossierView {
        items = List.copyOf(items);
        missing = List.copyOf(missing);
    }

    public boolean complete() {
        return missing.isEmpty();
    }

    public String key() {
        return subject.key();
    }

    /** Items done out of the checklist's items. */
    public int done() {
        return items.size() - missing.size();
    }
}

package vn.danhgia.annual.dossier;

import java.util.List;

/**
 * The year-end dossiers a unit keeps: the collective's (when the unit is reviewed as one) and each individual's, with
 * completeness, and the packages already sent upward.
 */
public record UnitDossiersView(long unitId, String unitName, int year, List<SubjectDossierView> dossiers,
                               List<PackageView> packages) {

    public UnitDossiersView {
        dossiers = List.copyOf(dossiers);
        packages = List.copyOf(packages);
    }

    public boolean complete() {
        return !dossiers.isEmpty() && dossiers.stream().allMatch(SubjectDossierView::complete);
    }

    public long completeCount() {
        return dossiers.stream().filter(SubjectDossierView::complete).count();
    }

    public boolean sent() {
        return !packages.isEmpty();
    }
}

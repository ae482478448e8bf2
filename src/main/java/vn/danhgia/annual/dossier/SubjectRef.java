package vn.danhgia.annual.dossier;

import vn.danhgia.rules.annual.AnnualDossierItem.Holder;

/**
 * Whose year-end dossier: a cadre ({@code cadre-12}) or a collective, a unit ({@code unit-5}), as the pages and the
 * API name it.
 */
public record SubjectRef(Holder holder, long id) {

    public static SubjectRef cadre(long cadreId) {
        return new SubjectRef(Holder.INDIVIDUAL, cadreId);
    }

    public static SubjectRef unit(long unitId) {
        return new SubjectRef(Holder.COLLECTIVE, unitId);
    }

    /** The subject the text names; null when it names none. */
    public static SubjectRef parse(String text) {
        if (text == null) {
            return null;
        }
        String[] parts = text.split("-", 2);
        if (parts.length != 2 || !parts[1].matches("\\d{1,18}")) {
            return null;
        }
        return switch (parts[0]) {
            case "cadre" -> cadre(Long.parseLong(parts[1]));
            case "unit" -> unit(Long.parseLong(parts[1]));
            default -> null;
        };
    }

    public String key() {
        return (holder == Holder.INDIVIDUAL ? "cadre-" : "unit-") + id;
    }

    @Override
    public String toString() {
        return key();
    }
}

package vn.danhgia.imports;

import java.util.Arrays;
import java.util.Optional;

/** What a file imports; each kind has its own template, one sheet, one row per record. */
public enum ImportKind {
    UNITS("units"),
    POSITIONS("positions"),
    /** Cadres with their appointments: one row per position a cadre holds (or one row without a position). */
    CADRES("cadres"),
    SCOPES("scopes"),
    /** The items of a unit's next catalogue version, left as a draft for the catalog module's approval. */
    CATALOG("catalog"),
    USERS("users"),
    /** Đăng ký thi đua of persons and collectives (seed 003 §III.1), through the emulation module's service. */
    EMULATION_REGISTRATIONS("emulation-registrations"),
    /** Emulation titles and rewards of years before the one under review (issue 14 §2). */
    EMULATION_TITLES("emulation-titles"),
    /** Initiatives, research projects and works with the level that recognised them (issue 14 §2). */
    ACHIEVEMENTS("emulation-achievements");

    private final String slug;

    ImportKind(String slug) {
        this.slug = slug;
    }

    /** The kind's name in addresses: {@code /imports/units}. */
    public String slug() {
        return slug;
    }

    public static Optional<ImportKind> fromSlug(String slug) {
        return Arrays.stream(values()).filter(kind -> kind.slug.equals(slug)).findFirst();
    }

    /** Key of the kind's name in the imports message bundle. */
    public String messageKey() {
        return "imports.kind." + slug;
    }
}

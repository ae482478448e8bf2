package vn.danhgia.emulation.history;

import vn.danhgia.emulation.EmulationHolder;
import vn.danhgia.emulation.Nominee;

/**
 * A holder one may record an achievement for, as a form offers it: {@code key} is {@code cadre-12} for a person or
 * {@code unit-5} for a collective.
 */
public record HolderChoice(String key, EmulationHolder holder, String code, String name) {

    static HolderChoice of(Nominee nominee, String code, String name) {
        return new HolderChoice(keyOf(nominee), nominee.holder(), code, name);
    }

    public static String keyOf(Nominee nominee) {
        return (nominee.holder() == EmulationHolder.INDIVIDUAL ? "cadre-" : "unit-") + nominee.subjectId();
    }

    /** The holder a key names; null for anything else. */
    public static Nominee nomineeOf(String key) {
        if (key == null) {
            return null;
        }
        try {
            if (key.startsWith("cadre-")) {
                return Nominee.person(Long.parseLong(key.substring(6)));
            }
            if (key.startsWith("unit-")) {
                return Nominee.collective(Long.parseLong(key.substring(5)));
            }
        } catch (NumberFormatException notAnId) {
            return null;
        }
        return null;
    }
}

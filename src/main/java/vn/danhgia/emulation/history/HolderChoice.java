package vn.danhgia.emulation.history;

import vn.danhgia.emulation.EmulationHolder;
import vn.danhgia.emulation.Nominee;

/**
 * A holder one may record an achievement for, as a form offers it, by its key ({@link Nominee#key()}).
 */
public record HolderChoice(String key, EmulationHolder holder, String code, String name) {

    static HolderChoice of(Nominee nominee, String code, String name) {
        return new HolderChoice(nominee.key(), nominee.holder(), code, name);
    }
}

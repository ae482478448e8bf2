package vn.danhgia.emulation.registration;

import java.util.List;
import vn.danhgia.emulation.Nominee;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;

/** A holder named by its key in a registration's form or request ({@link Nominee#ofKey}). */
public final class HolderKeys {

    private HolderKeys() {
    }

    /** The holder the key names; 400 naming the field {@code holder} for anything else. */
    public static Nominee parse(String key) {
        return Nominee.ofKey(key).orElseThrow(() -> new InvalidInputException(List.of(FieldViolation.of("holder",
                "emulation.registration.holder.invalid"))));
    }
}

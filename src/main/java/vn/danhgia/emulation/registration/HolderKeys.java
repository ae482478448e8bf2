package vn.danhgia.emulation.registration;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.danhgia.emulation.EmulationHolder;
import vn.danhgia.emulation.Nominee;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;

/** A holder as addresses and forms write it: {@code cadre-12} for a person, {@code unit-5} for a collective. */
public final class HolderKeys {

    private static final Pattern KEY = Pattern.compile("(cadre|unit)-(\\d{1,18})");

    private HolderKeys() {
    }

    public static String key(Nominee nominee) {
        return (nominee.holder() == EmulationHolder.COLLECTIVE ? "unit-" : "cadre-") + nominee.subjectId();
    }

    /** The holder the key names; 400 naming the field {@code holder} for anything else. */
    public static Nominee parse(String key) {
        Matcher matched = key == null ? null : KEY.matcher(key.strip());
        if (matched == null || !matched.matches()) {
            throw new InvalidInputException(List.of(FieldViolation.of("holder",
                    "emulation.registration.holder.invalid")));
        }
        long id = Long.parseLong(matched.group(2));
        return matched.group(1).equals("unit") ? Nominee.collective(id) : Nominee.person(id);
    }
}

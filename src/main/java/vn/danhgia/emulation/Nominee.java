package vn.danhgia.emulation;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person ({@code subjectId} is the cadre's id) or a collective ({@code subjectId} is the unit's id). Addresses and
 * forms write it as a key: {@code cadre-12} for a person, {@code unit-5} for a collective.
 */
public record Nominee(EmulationHolder holder, long subjectId) {

    private static final Pattern KEY = Pattern.compile("(cadre|unit)-(\\d{1,18})");

    public Nominee {
        Objects.requireNonNull(holder, "holder");
    }

    public static Nominee person(long cadreId) {
        return new Nominee(EmulationHolder.INDIVIDUAL, cadreId);
    }

    public static Nominee collective(long unitId) {
        return new Nominee(EmulationHolder.COLLECTIVE, unitId);
    }

    /** The holder a key names; empty for anything else. */
    public static Optional<Nominee> ofKey(String key) {
        Matcher matched = key == null ? null : KEY.matcher(key.strip());
        if (matched == null || !matched.matches()) {
            return Optional.empty();
        }
        long id = Long.parseLong(matched.group(2));
        return Optional.of(matched.group(1).equals("unit") ? collective(id) : person(id));
    }

    public String key() {
        return (holder == EmulationHolder.COLLECTIVE ? "unit-" : "cadre-") + subjectId;
    }
}

package vn.danhgia.emulation;

import java.util.Objects;

/** A person ({@code subjectId} is the cadre's id) or a collective ({@code subjectId} is the unit's id). */
public record Nominee(EmulationHolder holder, long subjectId) {

    public Nominee {
        Objects.requireNonNull(holder, "holder");
    }

    public static Nominee person(long cadreId) {
        return new Nominee(EmulationHolder.INDIVIDUAL, cadreId);
    }

    public static Nominee collective(long unitId) {
        return new Nominee(EmulationHolder.COLLECTIVE, unitId);
    }
}

package vn.danhgia.emulation;

import java.util.List;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;

/** The years the emulation tables hold (V78: 2000–2200): any other asked for is refused as bad input, never a 500. */
public final class EmulationYears {

    public static final int FIRST = 2000;
    public static final int LAST = 2200;

    private EmulationYears() {
    }

    public static void check(int year) {
        if (year < FIRST || year > LAST) {
            throw new InvalidInputException(List.of(FieldViolation.of("year", "emulation.year.invalid", FIRST, LAST)));
        }
    }
}

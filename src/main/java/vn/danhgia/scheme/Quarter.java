package vn.danhgia.scheme;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/** A quarter of a year (quý), the period of the quarterly cycle: "Quý III/2026". */
public record Quarter(int year, int number) implements Comparable<Quarter> {

    public Quarter {
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("quarter must be 1 to 4, was " + number);
        }
        if (year < 2000 || year > 2200) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
    }

    public static Quarter containing(LocalDate date) {
        return new Quarter(date.getYear(), (date.getMonthValue() + 2) / 3);
    }

    /**
     * The quarter a quarter selector posted, written as {@link #key()} ("2027-1"); empty when the text names no
     * quarter.
     */
    public static Optional<Quarter> fromKey(String key) {
        String[] parts = key == null ? new String[0] : key.split("-", -1);
        if (parts.length != 2) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Quarter(Integer.parseInt(parts[0]), Integer.parseInt(parts[1])));
        } catch (IllegalArgumentException notAQuarter) {
            return Optional.empty();
        }
    }

    /** The quarter as quarter selectors post it: "2027-1". */
    public String key() {
        return year + "-" + number;
    }

    public LocalDate firstDay() {
        return YearMonth.of(year, number * 3 - 2).atDay(1);
    }

    public LocalDate lastDay() {
        return YearMonth.of(year, number * 3).atEndOfMonth();
    }

    public Quarter next() {
        return number == 4 ? new Quarter(year + 1, 1) : new Quarter(year, number + 1);
    }

    public Quarter previous() {
        return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
    }

    /** Roman numeral as the documents write it: I, II, III, IV. */
    public String roman() {
        return switch (number) {
            case 1 -> "I";
            case 2 -> "II";
            case 3 -> "III";
            default -> "IV";
        };
    }

    @Override
    public int compareTo(Quarter other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(number, other.number);
    }

    @Override
    public String toString() {
        return roman() + "/" + year;
    }
}

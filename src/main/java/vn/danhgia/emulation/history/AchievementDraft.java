package vn.danhgia.emulation.history;

import java.util.ArrayList;
import java.util.List;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.rules.emulation.AchievementKind;
import vn.danhgia.rules.emulation.RecognitionLevel;

/**
 * What a person types to record or correct an achievement: what it is, its name, the level, year and body that
 * recognised it and the number of the recognising document. The holder is given separately.
 */
public record AchievementDraft(AchievementKind kind, String name, RecognitionLevel level, Integer year,
                               String recognisedBy, String recognitionRef) {

    static final int MAX_NAME = 500;
    static final int MAX_RECOGNISED_BY = 300;
    static final int MAX_REF = 100;
    /** The earliest year the table accepts (emulation_achievement.recognised_year). */
    static final int FIRST_YEAR = 1950;

    /** The draft with its texts trimmed, each rule checked. */
    record Checked(AchievementKind kind, String name, RecognitionLevel level, int year, String recognisedBy,
                   String recognitionRef) {
    }

    /**
     * @param thisYear the calendar year today: an achievement is recognised before it is recorded
     * @throws InvalidInputException naming every field that breaks a rule
     */
    Checked checked(int thisYear) {
        List<FieldViolation> violations = new ArrayList<>();
        if (kind == null) {
            violations.add(FieldViolation.of("kind", "emulationhistory.achievement.kind.required"));
        }
        String trimmedName = trimmed(name);
        if (trimmedName == null) {
            violations.add(FieldViolation.of("name", "emulationhistory.achievement.name.required"));
        } else if (trimmedName.length() > MAX_NAME) {
            violations.add(FieldViolation.of("name", "emulationhistory.achievement.tooLong", MAX_NAME));
        }
        if (level == null) {
            violations.add(FieldViolation.of("level", "emulationhistory.achievement.level.required"));
        }
        if (year == null) {
            violations.add(FieldViolation.of("year", "emulationhistory.achievement.year.required"));
        } else if (year < FIRST_YEAR || year > thisYear) {
            violations.add(FieldViolation.of("year", "emulationhistory.achievement.year.range",
                    String.valueOf(FIRST_YEAR), String.valueOf(thisYear)));
        }
        String by = trimmed(recognisedBy);
        if (by != null && by.length() > MAX_RECOGNISED_BY) {
            violations.add(FieldViolation.of("recognisedBy", "emulationhistory.achievement.tooLong",
                    MAX_RECOGNISED_BY));
        }
        String ref = trimmed(recognitionRef);
        if (ref != null && ref.length() > MAX_REF) {
            violations.add(FieldViolation.of("recognitionRef", "emulationhistory.achievement.tooLong", MAX_REF));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new Checked(kind, trimmedName, level, year, by, ref);
    }

    static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

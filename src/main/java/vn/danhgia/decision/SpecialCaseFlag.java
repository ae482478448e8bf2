package vn.danhgia.decision;

import java.time.LocalDate;
import vn.danhgia.organization.SpecialCaseKind;

/**
 * A special case of seed 002 §7 found in the cadre's appointments for the quarter, with what the seed asks for it
 * ({@link #requirementKey()}): combine the results before and after a promotion (a), attach the old unit's assessment
 * to the dossier (b) of the new post's unit ({@code unitId}), rate on the results since the restructuring (c), confirm the deferral (d).
 */
public record SpecialCaseFlag(SpecialCaseKind kind, LocalDate since, String position, String previousPosition,
                              Long unitId) {

    public String requirementKey() {
        return "review.special.requirement." + kind.name();
    }

    /** Seed 002 §7 b): the old unit's assessment goes into the new unit's dossier of the quarter. */
    public boolean needsOldUnitAssessment() {
        return kind == SpecialCaseKind.MOVED_TO_NEW_UNIT;
    }

    /** First appointed less than a month in the quarter: a deferral to confirm, not just a flag. */
    public boolean suggestsDeferral() {
        return kind == SpecialCaseKind.DEFERRED_FIRST_APPOINTMENT;
    }
}

package vn.danhgia.decision.internal;

import java.util.ArrayList;
import java.util.List;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.platform.TypedText;
import vn.danhgia.rules.RatingLevel;

/** Typed input of a proposal or decision, checked field by field; any violation refuses the whole request (400). */
record DecisionInput(RatingLevel level, String comment, String forceMajeureReason) {

    static final int COMMENT_MAX = 4000;
    static final int REASON_MAX = 2000;

    static DecisionInput check(String level, String comment, String forceMajeureReason, boolean commentRequired) {
        List<FieldViolation> violations = new ArrayList<>();
        RatingLevel parsed = level(level, "level", true, violations);
        String text = TypedText.blankToNull(comment);
        if (text == null && commentRequired) {
            violations.add(FieldViolation.of("comment", "review.decision.error.documentRequired"));
        } else if (text != null && text.length() > COMMENT_MAX) {
            violations.add(FieldViolation.of("comment", "review.decision.error.tooLong", COMMENT_MAX));
        }
        String reason = TypedText.blankToNull(forceMajeureReason);
        if (reason != null && reason.length() > REASON_MAX) {
            violations.add(FieldViolation.of("forceMajeureReason", "review.decision.error.tooLong", REASON_MAX));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new DecisionInput(parsed, text, reason);
    }

    /** A level by its name; a missing or unknown one adds a violation. */
    static RatingLevel level(String name, String field, boolean required, List<FieldViolation> violations) {
        String given = TypedText.blankToNull(name);
        if (given == null) {
            if (required) {
                violations.add(FieldViolation.of(field, "review.decision.error.levelRequired"));
            }
            return null;
        }
        try {
            return RatingLevel.valueOf(given);
        } catch (IllegalArgumentException unknown) {
            violations.add(FieldViolation.of(field, "review.decision.error.level"));
            return null;
        }
    }
}

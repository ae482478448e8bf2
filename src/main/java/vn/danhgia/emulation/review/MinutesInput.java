package vn.danhgia.emulation.review;

import java.util.ArrayList;
import java.util.List;
import vn.danhgia.emulation.ReviewMinutes;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;

/** The minutes as typed, checked field by field and trimmed: every wrong field named at once. */
final class MinutesInput {

    private static final int MAX_MINUTES = 4000;
    private static final int MAX_NAME = 200;

    private MinutesInput() {
    }

    static ReviewMinutes checked(ReviewMinutes minutes) {
        if (minutes == null) {
            throw new InvalidInputException(List.of(FieldViolation.of("minutes", "emulation.review.field.required")));
        }
        List<FieldViolation> wrong = new ArrayList<>();
        if (minutes.councilMembers() != null && minutes.councilMembers() < 1) {
            wrong.add(FieldViolation.of("councilMembers", "emulation.review.field.councilMembers"));
        }
        String chair = trimmed(minutes.chair(), MAX_NAME, "chair", wrong);
        String secretary = trimmed(minutes.secretary(), MAX_NAME, "secretary", wrong);
        String text = trimmed(minutes.text(), MAX_MINUTES, "text", wrong);
        if (!wrong.isEmpty()) {
            throw new InvalidInputException(wrong);
        }
        return new ReviewMinutes(minutes.heldOn(), minutes.councilMembers(), chair, secretary, text);
    }

    private static String trimmed(String text, int max, String field, List<FieldViolation> wrong) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.strip();
        if (trimmed.length() > max) {
            wrong.add(FieldViolation.of(field, "emulation.review.field.tooLong", max));
        }
        return trimmed;
    }

}

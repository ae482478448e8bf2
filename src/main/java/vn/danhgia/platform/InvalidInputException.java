package vn.danhgia.platform;

import java.util.List;

/** Input that breaks one or more rules; the API answers 400 problem+json naming each field and rule. */
public class InvalidInputException extends RuntimeException {

    private final transient List<FieldViolation> violations;

    public InvalidInputException(List<FieldViolation> violations) {
        super(violations.size() + " invalid field(s), first: " + violations.get(0).field());
        this.violations = List.copyOf(violations);
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}

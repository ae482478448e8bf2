package vn.danhgia.assessment.api;

import java.util.ArrayList;
import java.util.List;
import vn.danhgia.assessment.api.RatingSuggestionRequest.CollectiveInput;
import vn.danhgia.assessment.api.RatingSuggestionRequest.TaskCount;
import vn.danhgia.assessment.api.RatingSuggestionRequest.VetoInput;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.rules.RatingMethod;
import vn.danhgia.scheme.EvaluationSchemeView;

/** Checks a rating request so that every refusal names its field, before the engine sees it. */
class RatingSuggestionRequestValidator {

    private final QuarterlyScoringRequestValidator sheets = new QuarterlyScoringRequestValidator();

    List<FieldViolation> validate(RatingSuggestionRequest request, EvaluationSchemeView scheme) {
        List<FieldViolation> violations = new ArrayList<>();
        if (request.scoreSheet() != null && request.taskConditions() != null) {
            violations.add(FieldViolation.of("taskConditions", "api.rating.sheet-or-conditions"));
        } else if (request.scoreSheet() != null) {
            sheets.validate(request.scoreSheet(), scheme).forEach(violation -> violations.add(new FieldViolation(
                    "scoreSheet." + violation.field(), violation.messageKey(), violation.arguments())));
        } else if (scheme.ratingRules().method() == RatingMethod.BANDS_AND_CONDITIONS) {
            violations.add(FieldViolation.of("scoreSheet", "api.rating.sheet-required", scheme.code()));
        } else if (request.taskConditions() == null) {
            violations.add(FieldViolation.of("taskConditions", "api.rating.conditions-required"));
        } else {
            validateCount(request.taskConditions(), "taskConditions", violations);
        }
        validateVetoes(request.vetoes(), violations);
        if (request.ledUnit() != null) {
            if (!Boolean.TRUE.equals(request.leader())) {
                violations.add(FieldViolation.of("ledUnit", "api.rating.led-unit-without-leader"));
            } else {
                validateCount(request.ledUnit(), "ledUnit", violations);
            }
        }
        if (request.collective() != null) {
            validateCollective(request.collective(), violations);
        }
        return violations;
    }

    private static void validateCount(TaskCount count, String field, List<FieldViolation> violations) {
        if (count.assigned() == null || count.done() == null || count.beyond() == null || count.late() == null
                || count.needingRework() == null) {
            violations.add(FieldViolation.of(field, "api.rating.count-incomplete"));
        } else if (count.assigned() < 1) {
            violations.add(FieldViolation.of(field + ".assigned", "api.rating.count-assigned"));
        } else if (count.done() < 0 || count.done() > count.assigned()) {
            violations.add(FieldViolation.of(field + ".done", "api.rating.count-done", count.assigned()));
        } else {
            checkPartOfDone(count.beyond(), count.done(), field + ".beyond", violations);
            checkPartOfDone(count.late(), count.done(), field + ".late", violations);
            checkPartOfDone(count.needingRework(), count.done(), field + ".needingRework", violations);
        }
    }

    private static void checkPartOfDone(int part, int done, String field, List<FieldViolation> violations) {
        if (part < 0 || part > done) {
            violations.add(FieldViolation.of(field, "api.rating.count-part-of-done", done));
        }
    }

    private static void validateVetoes(List<VetoInput> vetoes, List<FieldViolation> violations) {
        if (vetoes == null) {
            return;
        }
        for (int i = 0; i < vetoes.size(); i++) {
            String field = "vetoes[" + i + "]";
            VetoInput veto = vetoes.get(i);
            if (veto == null || veto.kind() == null) {
                violations.add(FieldViolation.of(field + ".kind", "api.validation.required"));
                continue;
            }
            if (veto.description() == null || veto.description().isBlank()) {
                // The rating records what happened; an unnamed event cannot be checked or contested.
                violations.add(FieldViolation.of(field + ".description", "api.validation.required"));
            }
            switch (veto.kind()) {
                case DISCIPLINE -> {
                    if (veto.disciplineForm() == null) {
                        violations.add(FieldViolation.of(field + ".disciplineForm", "api.validation.required"));
                    }
                    if (veto.dutyRelated() == null) {
                        violations.add(FieldViolation.of(field + ".dutyRelated", "api.validation.required"));
                    }
                }
                case CORRUPTION_IN_MANAGED_SCOPE -> {
                    if (veto.exemption() == null) {
                        violations.add(FieldViolation.of(field + ".exemption", "api.validation.required"));
                    }
                }
                case DEGRADATION -> {
                    // Seed 000 §III.3.4 b): the authority's conclusion is the whole fact; nothing more to check.
                }
            }
        }
    }

    private static void validateCollective(CollectiveInput collective, List<FieldViolation> violations) {
        if (collective.role() == null) {
            violations.add(FieldViolation.of("collective.role", "api.validation.required"));
        }
        boolean targetsGiven = collective.targetsAssigned() != null || collective.targetsDone() != null
                || collective.targetsExcused() != null;
        if (!targetsGiven && collective.level() == null) {
            violations.add(FieldViolation.of("collective", "api.rating.collective-empty"));
        } else if (targetsGiven) {
            int assigned = collective.targetsAssigned() == null ? -1 : collective.targetsAssigned();
            int done = collective.targetsDone() == null ? -1 : collective.targetsDone();
            int excused = collective.targetsExcused() == null ? 0 : collective.targetsExcused();
            if (assigned < 1) {
                violations.add(FieldViolation.of("collective.targetsAssigned", "api.rating.count-assigned"));
            } else if (done < 0 || done > assigned) {
                violations.add(FieldViolation.of("collective.targetsDone", "api.rating.count-done", assigned));
            } else if (excused < 0 || done + excused > assigned) {
                violations.add(FieldViolation.of("collective.targetsExcused", "api.rating.targets-excused",
                        assigned - done));
            }
        }
    }
}

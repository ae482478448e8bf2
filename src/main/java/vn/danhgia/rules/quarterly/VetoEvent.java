package vn.danhgia.rules.quarterly;

import java.util.Objects;
import vn.danhgia.rules.CorruptionExemption;
import vn.danhgia.rules.DisciplineForm;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.RatingReason;
import vn.danhgia.rules.ReasonCode;

/**
 * An event of the rated quarter that makes a person NOT_COMPLETED whatever the score (seed 000 §III.3.4: "thuộc một
 * trong các trường hợp sau trong quý đánh giá"), together with the seed's exemptions.
 */
public sealed interface VetoEvent {

    /** What the event does to the rating, as a reason: a NOT_COMPLETED cap, or an informative reason. */
    RatingReason reason();

    String description();

    /**
     * Case a: a violation disciplined from reprimand up. Only a violation related to the person's duties in public
     * service counts ("vi phạm liên quan đến chức trách, nhiệm vụ trong thực thi công vụ").
     */
    record Discipline(DisciplineForm form, boolean dutyRelated, String description) implements VetoEvent {

        public Discipline {
            Objects.requireNonNull(form, "form");
            description = requireDescription(description);
        }

        @Override
        public RatingReason reason() {
            return dutyRelated
                    ? RatingReason.of(ReasonCode.VETO_DISCIPLINE, RatingLevel.NOT_COMPLETED, form, description)
                    : RatingReason.of(ReasonCode.DISCIPLINE_NOT_DUTY_RELATED, null, form, description);
        }
    }

    /**
     * Case b: the authority concluded the person shows ideological, ethical or lifestyle degradation, "tự diễn biến",
     * "tự chuyển hoá".
     */
    record DegradationConcluded(String description) implements VetoEvent {

        public DegradationConcluded {
            description = requireDescription(description);
        }

        @Override
        public RatingReason reason() {
            return RatingReason.of(ReasonCode.VETO_DEGRADATION, RatingLevel.NOT_COMPLETED, description);
        }
    }

    /**
     * Case c: corruption, waste or negativity in the directly managed scope, disciplined ("trong phạm vi quản lý trực
     * tiếp xảy ra tham nhũng, lãng phí, tiêu cực và bị xử lý kỷ luật"). Could not know, or had taken the necessary
     * preventive measures: no effect. Detected, reported and handled it: the authority weighs the case, so the engine
     * informs and does not cap.
     */
    record CorruptionInManagedScope(CorruptionExemption exemption, String description) implements VetoEvent {

        public CorruptionInManagedScope {
            Objects.requireNonNull(exemption, "exemption");
            description = requireDescription(description);
        }

        @Override
        public RatingReason reason() {
            return switch (exemption) {
                case NONE -> RatingReason.of(ReasonCode.VETO_CORRUPTION, RatingLevel.NOT_COMPLETED, description);
                case COULD_NOT_KNOW, PREVENTIVE_MEASURES_TAKEN ->
                        RatingReason.of(ReasonCode.CORRUPTION_EXEMPT, null, exemption, description);
                case DETECTED_REPORTED_HANDLED ->
                        RatingReason.of(ReasonCode.CORRUPTION_AUTHORITY_DECIDES, null, description);
            };
        }
    }

    private static String requireDescription(String description) {
        Objects.requireNonNull(description, "description");
        if (description.isBlank()) {
            throw new IllegalArgumentException("a veto event needs its description");
        }
        return description.strip();
    }
}

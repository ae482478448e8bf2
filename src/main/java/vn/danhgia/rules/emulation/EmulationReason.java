package vn.danhgia.rules.emulation;

import java.util.List;
import java.util.Objects;

/**
 * One reason in an eligibility: a condition of the title that is met or not, with the text it comes from and the
 * figures a person reading it needs ("3 năm liên tục", "68 % / 70 %").
 */
public record EmulationReason(EmulationReasonCode code, boolean met, String source, List<Object> arguments) {

    public EmulationReason {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(source, "source");
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    public static EmulationReason met(EmulationReasonCode code, String source, Object... arguments) {
        return new EmulationReason(code, true, source, List.of(arguments));
    }

    public static EmulationReason unmet(EmulationReasonCode code, String source, Object... arguments) {
        return new EmulationReason(code, false, source, List.of(arguments));
    }

    public String messageKey() {
        return "emulation.reason." + code.name() + (met ? ".met" : ".unmet");
    }
}

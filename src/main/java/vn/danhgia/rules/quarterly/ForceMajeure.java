package vn.danhgia.rules.quarterly;

import java.util.Objects;

/**
 * An objective, force-majeure cause confirmed by the competent authority (lý do khách quan, bất khả kháng được cấp có
 * thẩm quyền xác nhận) for tasks left undone; seed 002 §6.1 asks for the concrete reason ("nêu lý do cụ thể").
 */
public record ForceMajeure(String reason) {

    public ForceMajeure {
        Objects.requireNonNull(reason, "reason");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("a force majeure needs its concrete reason (seed 002 §6.1)");
        }
        reason = reason.strip();
    }
}

package vn.danhgia.scheme;

import java.util.List;
import java.util.Optional;

/**
 * Administration of the evaluation schemes (quản trị phương án đánh giá). Schemes are shipped by migrations; an
 * administrator reads them and changes their configurable values.
 */
public interface SchemeService {

    /** All schemes, newest effective date first. */
    List<SchemeDetails> list();

    Optional<SchemeDetails> get(String code);

    /**
     * Replaces the rating thresholds, axis default maxima and deadlines of a scheme.
     *
     * @return the scheme as changed, with its new version
     * @throws SchemeRuleViolation when the scheme is unknown or a value breaks a rule; nothing is changed
     * @throws org.springframework.dao.OptimisticLockingFailureException when the scheme was changed after
     *                                                                    {@code settings.version()} was read (message
     *                                                                    key {@code scheme.violation.stale})
     */
    SchemeDetails updateSettings(String code, SchemeSettings settings);
}

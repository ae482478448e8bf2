package vn.danhgia.scheme;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Read access to the configured evaluation schemes for other modules. */
public interface SchemeCatalog {

    /** All schemes, newest effective date first. */
    List<EvaluationSchemeView> all();

    Optional<EvaluationSchemeView> byCode(String code);

    /**
     * The scheme in force on a date: the organisation's own scheme ({@code danhgia.scheme.organisation-scheme}) once it
     * is effective, else the newest default scheme whose effective date is on or before it.
     */
    Optional<EvaluationSchemeView> inForce(LocalDate date);
}

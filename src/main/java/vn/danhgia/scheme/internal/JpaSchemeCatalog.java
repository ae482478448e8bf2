package vn.danhgia.scheme.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danhgia.scheme.EvaluationSchemeView;
import vn.danhgia.scheme.SchemeCatalog;

@Service
@Transactional(readOnly = true)
class JpaSchemeCatalog implements SchemeCatalog {

    private final EvaluationSchemeRepository schemes;
    private final String organisationScheme;

    /**
     * @param organisationScheme the code of the scheme the whole installation runs under from its effective date (the
     *                           demo's Ninh Bình office runs under its own plan, seed 000); blank for the default
     *                           schemes
     */
    JpaSchemeCatalog(EvaluationSchemeRepository schemes,
                     @Value("${danhgia.scheme.organisation-scheme:}") String organisationScheme) {
        this.schemes = schemes;
        this.organisationScheme = organisationScheme.strip();
    }

    @Override
    public List<EvaluationSchemeView> all() {
        return schemes.findAllByOrderByEffectiveFromDescCodeAsc().stream().map(EvaluationScheme::view).toList();
    }

    @Override
    public Optional<EvaluationSchemeView> byCode(String code) {
        return schemes.findByCode(code).map(EvaluationScheme::view);
    }

    @Override
    public Optional<EvaluationSchemeView> inForce(LocalDate date) {
        if (!organisationScheme.isEmpty()) {
            Optional<EvaluationSchemeView> own = schemes.findByCode(organisationScheme).map(EvaluationScheme::view)
                    .filter(scheme -> !scheme.effectiveFrom().isAfter(date));
            if (own.isPresent()) {
                return own;
            }
        }
        return schemes.findFirstByDefaultSchemeTrueAndEffectiveFromLessThanEqualOrderByEffectiveFromDescCodeAsc(date)
                .map(EvaluationScheme::view);
    }
}

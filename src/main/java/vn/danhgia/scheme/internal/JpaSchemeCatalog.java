package vn.danhgia.scheme.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danhgia.scheme.EvaluationSchemeView;
import vn.danhgia.scheme.SchemeCatalog;

@Service
@Transactional(readOnly = true)
class JpaSchemeCatalog implements SchemeCatalog {

    private final EvaluationSchemeRepository schemes;

    JpaSchemeCatalog(EvaluationSchemeRepository schemes) {
        this.schemes = schemes;
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
        return schemes.findFirstByDefaultSchemeTrueAndEffectiveFromLessThanEqualOrderByEffectiveFromDescCodeAsc(date)
                .map(EvaluationScheme::view);
    }
}

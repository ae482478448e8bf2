package vn.danhgia.scheme.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danhgia.scheme.SchemeDetails;
import vn.danhgia.scheme.SchemeRuleViolation;
import vn.danhgia.scheme.SchemeService;
import vn.danhgia.scheme.SchemeSettings;

@Service
@Transactional
class JpaSchemeService implements SchemeService {

    private final EvaluationSchemeRepository schemes;
    private final SchemeSettingsPolicy policy = new SchemeSettingsPolicy();

    JpaSchemeService(EvaluationSchemeRepository schemes) {
        this.schemes = schemes;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SchemeDetails> list() {
        return schemes.findAllByOrderByEffectiveFromDescCodeAsc().stream().map(JpaSchemeService::details).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<SchemeDetails> get(String code) {
        return schemes.findByCode(code).map(JpaSchemeService::details);
    }

    @Override
    public SchemeDetails updateSettings(String code, SchemeSettings settings) {
        EvaluationScheme scheme = schemes.findByCode(code)
                .orElseThrow(() -> new SchemeRuleViolation("scheme.violation.unknown-scheme", code));
        // The administrator's form may be older than this transaction; @Version only guards the time in between.
        if (scheme.version() != settings.version()) {
            throw new ObjectOptimisticLockingFailureException(EvaluationScheme.class, code);
        }
        policy.check(scheme.view(), settings);
        scheme.reconfigure(settings.ratingRules(), settings.axisMaxPoints(), settings.deadlines(),
                settings.complaintWindowDays(), settings.secretBallot());
        // Flushing now raises a lost race here rather than at commit, and returns the new version.
        schemes.flush();
        return details(scheme);
    }

    private static SchemeDetails details(EvaluationScheme scheme) {
        return new SchemeDetails(scheme.view(), scheme.defaultScheme(), scheme.version(), scheme.id());
    }
}

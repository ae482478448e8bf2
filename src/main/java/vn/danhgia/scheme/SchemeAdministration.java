package vn.danhgia.scheme;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danhgia.platform.AccessRefusedException;
import vn.danhgia.platform.AuditRecord;
import vn.danhgia.platform.AuditTrail;
import vn.danhgia.platform.CurrentActor;
import vn.danhgia.platform.RecordNotFoundException;
import vn.danhgia.platform.Role;

/**
 * The scheme settings page's service: administrators only, every change audited with the settings before and after.
 * The checks are {@link SchemeService#updateSettings}'s. A change applies to every rating not yet decided; a decided
 * rating keeps the level stored with it when it was decided, so changing a scheme never rewrites past results, and
 * the audit trail keeps the values each earlier quarter was rated under.
 */
@Service
@Transactional
public class SchemeAdministration {

    public static final String RECORD_TYPE = "SCHEME";

    private final SchemeService schemes;
    private final AuditTrail audit;
    private final CurrentActor currentActor;

    SchemeAdministration(SchemeService schemes, AuditTrail audit, CurrentActor currentActor) {
        this.schemes = schemes;
        this.audit = audit;
        this.currentActor = currentActor;
    }

    @Transactional(readOnly = true)
    public List<SchemeDetails> list() {
        checkMayAdminister();
        return schemes.list();
    }

    @Transactional(readOnly = true)
    public SchemeDetails get(String code) {
        checkMayAdminister();
        return schemes.get(code).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, code));
    }

    /** Changes the settings; refuses a stale version or a value against the scheme's rules, changing nothing. */
    public SchemeDetails updateSettings(String code, SchemeSettings settings) {
        SchemeSettings before = SchemeSettings.of(get(code));
        SchemeDetails after = schemes.updateSettings(code, settings);
        audit.record(new AuditRecord("SCHEME_SETTINGS_CHANGED", RECORD_TYPE, after.id(), null, before,
                SchemeSettings.of(after)));
        return after;
    }

    private void checkMayAdminister() {
        if (!currentActor.get().has(Role.ADMIN)) {
            throw new AccessRefusedException("scheme.admin.refused");
        }
    }
}

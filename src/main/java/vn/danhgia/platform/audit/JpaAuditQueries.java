package vn.danhgia.platform.audit;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.AuditEntryView;
import vn.danhgia.platform.CurrentActor;
import vn.danhgia.platform.RecordNotFoundException;
import vn.danhgia.platform.Role;

@Service
class JpaAuditQueries implements AuditQueries {

    private static final long NO_CADRE = -1;

    private final AuditEntryRepository entries;
    private final CurrentActor currentActor;

    JpaAuditQueries(AuditEntryRepository entries, CurrentActor currentActor) {
        this.entries = entries;
        this.currentActor = currentActor;
    }

    @Override
    @Transactional(readOnly = true)
    public Page<AuditEntryView> visible(AuditFilter filter, Pageable page) {
        Actor actor = currentActor.get();
        boolean everything = actor.has(Role.ADMIN);
        if (!everything && actor.cadreId().isEmpty()) {
            return Page.empty(page);
        }
        return entries.search(everything, actor.cadreId().orElse(NO_CADRE),
                filter.recordType() == null, orEmpty(filter.recordType()),
                filter.action() == null, orEmpty(filter.action()), page).map(AuditEntry::view);
    }

    @Override
    @Transactional(readOnly = true)
    public Page<AuditEntryView> aboutCadre(long cadreId, Pageable page) {
        Actor actor = currentActor.get();
        if (!actor.has(Role.ADMIN) && !actor.isCadre(cadreId)) {
            throw new RecordNotFoundException("CADRE", cadreId);
        }
        return entries.aboutCadre(actor.has(Role.ADMIN), cadreId, page).map(AuditEntry::view);
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditEntryView> ofRecord(String recordType, long recordId) {
        if (!currentActor.get().has(Role.ADMIN)) {
            throw new RecordNotFoundException(recordType, recordId);
        }
        return entries.findByRecordTypeAndRecordIdOrderByIdAsc(recordType, recordId).stream()
                .map(AuditEntry::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public AuditFilterChoices choices() {
        Actor actor = currentActor.get();
        boolean everything = actor.has(Role.ADMIN);
        if (!everything && actor.cadreId().isEmpty()) {
            return new AuditFilterChoices(List.of(), List.of());
        }
        long cadre = actor.cadreId().orElse(NO_CADRE);
        return new AuditFilterChoices(entries.recordTypes(everything, cadre), entries.actions(everything, cadre));
    }

    @Override
    public boolean seesEverything() {
        return currentActor.get().has(Role.ADMIN);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}

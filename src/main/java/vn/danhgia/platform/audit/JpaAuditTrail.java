package vn.danhgia.platform.audit;

import java.time.Clock;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.AuditEntryView;
import vn.danhgia.platform.AuditRecord;
import vn.danhgia.platform.AuditTrail;
import vn.danhgia.platform.CurrentActor;

@Service
class JpaAuditTrail implements AuditTrail {

    private final AuditEntryRepository entries;
    private final CurrentActor currentActor;
    private final Clock clock;
    private final JsonMapper json;

    JpaAuditTrail(AuditEntryRepository entries, CurrentActor currentActor, Clock clock, JsonMapper json) {
        this.entries = entries;
        this.currentActor = currentActor;
        this.clock = clock;
        this.json = json;
    }

    // MANDATORY: an entry belongs to the change it describes and must commit or roll back with it.
    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditRecord change) {
        Actor actor = currentActor.get();
        entries.save(new AuditEntry(clock.instant(), actor.accountId(), actor.username(), actor.displayName(),
                change.action(), change.recordType(), change.recordId(), change.subjectCadreId(),
                toJson(change.before()), toJson(change.after())));
    }

    @Override
    @Transactional(readOnly = true)
    public Page<AuditEntryView> all(Pageable page) {
        return entries.findAllByOrderByIdDesc(page).map(AuditEntry::view);
    }

    @Override
    @Transactional(readOnly = true)
    public Page<AuditEntryView> aboutCadre(long cadreId, Pageable page) {
        return entries.findBySubjectCadreIdOrderByIdDesc(cadreId, page).map(AuditEntry::view);
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditEntryView> ofRecord(String recordType, long recordId) {
        return entries.findByRecordTypeAndRecordIdOrderByIdAsc(recordType, recordId).stream()
                .map(AuditEntry::view).toList();
    }

    private String toJson(Object state) {
        return state == null ? null : json.writeValueAsString(state);
    }
}

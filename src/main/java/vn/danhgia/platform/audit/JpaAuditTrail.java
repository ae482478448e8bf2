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
    private final AuditReleaseRepository releases;
    private final CurrentActor currentActor;
    private final Clock clock;
    private final JsonMapper json;

    JpaAuditTrail(AuditEntryRepository entries, AuditReleaseRepository releases, CurrentActor currentActor,
                  Clock clock, JsonMapper json) {
        this.entries = entries;
        this.releases = releases;
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
                toJson(change.before()), toJson(change.after()), change.disclosure()));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void release(String recordType, long recordId) {
        if (!releases.existsByRecordTypeAndRecordId(recordType, recordId)) {
            releases.save(new AuditRelease(recordType, recordId, clock.instant()));
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Page<AuditEntryView> all(Pageable page) {
        return entries.findAllByOrderByIdDesc(page).map(AuditEntry::view);
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

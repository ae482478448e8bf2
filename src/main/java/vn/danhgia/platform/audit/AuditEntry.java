package vn.danhgia.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import vn.danhgia.platform.AuditEntryView;
import vn.danhgia.platform.SubjectDisclosure;

/** One audit entry; immutable once written (Hibernate never issues an update for it). */
@Entity
@Immutable
@Table(name = "audit_entry")
class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor_account_id")
    private Long actorAccountId;

    @Column(name = "actor_username", nullable = false)
    private String actorUsername;

    @Column(name = "actor_name", nullable = false)
    private String actorName;

    @Column(nullable = false)
    private String action;

    @Column(name = "record_type", nullable = false)
    private String recordType;

    @Column(name = "record_id", nullable = false)
    private long recordId;

    @Column(name = "subject_cadre_id")
    private Long subjectCadreId;

    @Column(name = "before_state")
    private String before;

    @Column(name = "after_state")
    private String after;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_disclosure", nullable = false)
    private SubjectDisclosure subjectDisclosure;

    protected AuditEntry() {
    }

    AuditEntry(Instant occurredAt, Long actorAccountId, String actorUsername, String actorName, String action,
               String recordType, long recordId, Long subjectCadreId, String before, String after,
               SubjectDisclosure subjectDisclosure) {
        this.occurredAt = occurredAt;
        this.actorAccountId = actorAccountId;
        this.actorUsername = actorUsername;
        this.actorName = actorName;
        this.action = action;
        this.recordType = recordType;
        this.recordId = recordId;
        this.subjectCadreId = subjectCadreId;
        this.before = before;
        this.after = after;
        this.subjectDisclosure = subjectDisclosure;
    }

    AuditEntryView view() {
        return new AuditEntryView(id, occurredAt, actorUsername, actorName, action, recordType, recordId,
                subjectCadreId, before, after);
    }
}

package vn.danhgia.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * A record released to the cadre it is about: from then on they read its entries recorded as
 * {@link vn.danhgia.platform.SubjectDisclosure#ON_RELEASE}. Written once, never changed.
 */
@Entity
@Immutable
@Table(name = "audit_release")
class AuditRelease {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "record_type", nullable = false)
    private String recordType;

    @Column(name = "record_id", nullable = false)
    private long recordId;

    @Column(name = "released_at", nullable = false)
    private Instant releasedAt;

    protected AuditRelease() {
    }

    AuditRelease(String recordType, long recordId, Instant releasedAt) {
        this.recordType = recordType;
        this.recordId = recordId;
        this.releasedAt = releasedAt;
    }
}

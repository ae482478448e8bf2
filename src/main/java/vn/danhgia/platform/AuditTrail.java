package vn.danhgia.platform;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * The append-only audit trail: every submission, approval, return, amendment and edit, with who, when, what and the
 * values before and after. Entries are written in the caller's transaction, so a refused change leaves none, and are
 * never updated or deleted.
 */
public interface AuditTrail {

    /** Records the change as done now by the signed-in person. */
    void record(AuditRecord change);

    /**
     * Releases the record to the cadre it is about: from now on they read its entries recorded as
     * {@link SubjectDisclosure#ON_RELEASE}, earlier and later ones alike. Releasing again changes nothing. Runs in the
     * caller's transaction, like {@link #record}.
     */
    void release(String recordType, long recordId);

    /** Every entry, newest first (for administrators). */
    Page<AuditEntryView> all(Pageable page);

    /** The entries of one record, oldest first. */
    List<AuditEntryView> ofRecord(String recordType, long recordId);
}

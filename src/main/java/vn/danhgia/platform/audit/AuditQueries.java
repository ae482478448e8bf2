package vn.danhgia.platform.audit;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import vn.danhgia.platform.AuditEntryView;
import vn.danhgia.platform.RecordNotFoundException;
import vn.danhgia.platform.SubjectDisclosure;
import vn.danhgia.platform.TypedText;

/**
 * Who may read which part of the audit trail: administrators read every entry; anyone else only the entries about
 * their own cadre record ("Nhật ký hồ sơ của tôi"), and of those only as far as they may read the record each is about
 * ({@link SubjectDisclosure}). The filtering is done by the query, so pages and their counts hold exactly what the
 * reader may see. Entries outside the caller's view answer {@link RecordNotFoundException}, so guessing ids tells
 * nothing.
 */
public interface AuditQueries {

    /** The entries the signed-in person may see, newest first, optionally only of one record type and action. */
    Page<AuditEntryView> visible(AuditFilter filter, Pageable page);

    /** The entries about one cadre: for administrators and for that cadre. */
    Page<AuditEntryView> aboutCadre(long cadreId, Pageable page);

    /** The whole history of one record, oldest first: for administrators only. */
    List<AuditEntryView> ofRecord(String recordType, long recordId);

    /** The record types and actions present in what the signed-in person may see, for the page's filters. */
    AuditFilterChoices choices();

    /** Whether the signed-in person sees every entry (an administrator) rather than only their own. */
    boolean seesEverything();

    /** Only entries of this record type and action; null or blank means any. */
    record AuditFilter(String recordType, String action) {

        public AuditFilter {
            recordType = TypedText.blankToNull(recordType);
            action = TypedText.blankToNull(action);
        }
    }

    record AuditFilterChoices(List<String> recordTypes, List<String> actions) {

        public AuditFilterChoices {
            recordTypes = List.copyOf(recordTypes);
            actions = List.copyOf(actions);
        }
    }
}

package vn.danhgia.platform.audit;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/** Append-only: it can save and read entries, and offers no update or delete. */
interface AuditEntryRepository extends Repository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);

    Page<AuditEntry> findAllByOrderByIdDesc(Pageable page);

    Page<AuditEntry> findBySubjectCadreIdOrderByIdDesc(Long subjectCadreId, Pageable page);

    List<AuditEntry> findByRecordTypeAndRecordIdOrderByIdAsc(String recordType, long recordId);
}

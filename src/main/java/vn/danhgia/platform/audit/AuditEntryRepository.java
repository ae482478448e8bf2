package vn.danhgia.platform.audit;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Append-only: it can save and read entries, and offers no update or delete. */
interface AuditEntryRepository extends Repository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);

    Page<AuditEntry> findAllByOrderByIdDesc(Pageable page);

    Page<AuditEntry> findBySubjectCadreIdOrderByIdDesc(Long subjectCadreId, Pageable page);

    List<AuditEntry> findByRecordTypeAndRecordIdOrderByIdAsc(String recordType, long recordId);

    // Flags instead of "param is null" checks: PostgreSQL cannot type a null parameter that is only compared to null.
    @Query("""
            select e from AuditEntry e
            where (:anyCadre = true or e.subjectCadreId = :cadre)
              and (:anyType = true or e.recordType = :recordType)
              and (:anyAction = true or e.action = :action)
            order by e.id desc""")
    Page<AuditEntry> search(@Param("anyCadre") boolean anyCadre, @Param("cadre") long cadre,
                            @Param("anyType") boolean anyType, @Param("recordType") String recordType,
                            @Param("anyAction") boolean anyAction, @Param("action") String action, Pageable page);

    @Query("select distinct e.recordType from AuditEntry e where (:anyCadre = true or e.subjectCadreId = :cadre) "
            + "order by e.recordType")
    List<String> recordTypes(@Param("anyCadre") boolean anyCadre, @Param("cadre") long cadre);

    @Query("select distinct e.action from AuditEntry e where (:anyCadre = true or e.subjectCadreId = :cadre) "
            + "order by e.action")
    List<String> actions(@Param("anyCadre") boolean anyCadre, @Param("cadre") long cadre);
}

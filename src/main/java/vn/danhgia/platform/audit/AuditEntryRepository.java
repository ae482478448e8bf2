package vn.danhgia.platform.audit;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Append-only: it can save and read entries, and offers no update or delete. */
interface AuditEntryRepository extends Repository<AuditEntry, Long> {

    /**
     * The entries about {@code :cadre} that the cadre may read: those disclosed at once, and those disclosed on
     * release whose record has been released to them.
     */
    String DISCLOSED_TO_CADRE = """
            (e.subjectCadreId = :cadre
              and (e.subjectDisclosure = vn.danhgia.platform.SubjectDisclosure.IMMEDIATE
                   or e.subjectDisclosure = vn.danhgia.platform.SubjectDisclosure.ON_RELEASE
                      and exists (select r.id from AuditRelease r
                                  where r.recordType = e.recordType and r.recordId = e.recordId)))""";

    AuditEntry save(AuditEntry entry);

    Page<AuditEntry> findAllByOrderByIdDesc(Pageable page);

    List<AuditEntry> findByRecordTypeAndRecordIdOrderByIdAsc(String recordType, long recordId);

    /** The entries about the cadre: all of them for an administrator, those disclosed to the cadre otherwise. */
    @Query("select e from AuditEntry e where e.subjectCadreId = :cadre and (:everything = true or "
            + DISCLOSED_TO_CADRE + ") order by e.id desc")
    Page<AuditEntry> aboutCadre(@Param("everything") boolean everything, @Param("cadre") long cadre,
                                Pageable page);

    // Flags instead of "param is null" checks: PostgreSQL cannot type a null parameter that is only compared to null.
    @Query("select e from AuditEntry e where (:anyCadre = true or " + DISCLOSED_TO_CADRE + """
            )
              and (:anyType = true or e.recordType = :recordType)
              and (:anyAction = true or e.action = :action)
            order by e.id desc""")
    Page<AuditEntry> search(@Param("anyCadre") boolean anyCadre, @Param("cadre") long cadre,
                            @Param("anyType") boolean anyType, @Param("recordType") String recordType,
                            @Param("anyAction") boolean anyAction, @Param("action") String action, Pageable page);

    @Query("select distinct e.recordType from AuditEntry e where (:anyCadre = true or " + DISCLOSED_TO_CADRE
            + ") order by e.recordType")
    List<String> recordTypes(@Param("anyCadre") boolean anyCadre, @Param("cadre") long cadre);

    @Query("select distinct e.action from AuditEntry e where (:anyCadre = true or " + DISCLOSED_TO_CADRE
            + ") order by e.action")
    List<String> actions(@Param("anyCadre") boolean anyCadre, @Param("cadre") long cadre);
}

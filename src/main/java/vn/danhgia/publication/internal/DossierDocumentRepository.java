package vn.danhgia.publication.internal;

import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Append-only: documents are added and read, never updated or deleted, so the repository offers nothing else. */
interface DossierDocumentRepository extends Repository<DossierDocument, Long> {

    DossierDocument save(DossierDocument document);

    java.util.Optional<DossierDocument> findById(long id);

    @Query("""
            select d from DossierDocument d
            where d.unitId = :unitId and d.year = :year and d.quarter = :quarter order by d.id""")
    List<DossierDocument> findOfUnit(long unitId, int year, int quarter);

    @Query("select d from DossierDocument d where d.cadreId = :cadreId order by d.id desc")
    List<DossierDocument> findAboutCadre(long cadreId);
}

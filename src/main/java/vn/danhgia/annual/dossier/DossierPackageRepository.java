package vn.danhgia.annual.dossier;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DossierPackageRepository extends JpaRepository<DossierPackage, Long> {

    List<DossierPackage> findByUnitIdAndYearOrderByIdDesc(long unitId, int year);

    /** Of these units, those that have sent the year's package. */
    @Query("select distinct p.unitId from DossierPackage p where p.year = :year and p.unitId in :units")
    Set<Long> unitsThatSent(int year, Collection<Long> units);
}

package vn.danhgia.annual.dossier;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DossierPackageRepository extends JpaRepository<DossierPackage, Long> {

    List<DossierPackage> findByUnitIdAndYearOrderByIdDesc(long unitId, int year);
}

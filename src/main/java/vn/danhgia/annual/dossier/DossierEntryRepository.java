package vn.danhgia.annual.dossier;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DossierEntryRepository extends JpaRepository<DossierEntry, Long> {

    List<DossierEntry> findByDossierIdInOrderByIdAsc(Collection<Long> dossierIds);
}

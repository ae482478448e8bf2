package vn.danhgia.emulation.dossier;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The units' proposal dossiers. */
interface EmulationDossierRepository extends JpaRepository<EmulationDossier, Long> {

    Optional<EmulationDossier> findByUnitIdAndYear(long unitId, int year);

    List<EmulationDossier> findByYearAndUnitIdIn(int year, Collection<Long> unitIds);
}

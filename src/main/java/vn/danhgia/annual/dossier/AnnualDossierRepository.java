package vn.danhgia.annual.dossier;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.danhgia.rules.annual.AnnualDossierItem.Holder;

interface AnnualDossierRepository extends JpaRepository<AnnualDossier, Long> {

    Optional<AnnualDossier> findByHolderAndSubjectIdAndYear(Holder holder, long subjectId, int year);

    List<AnnualDossier> findByYearAndUnitIdIn(int year, Collection<Long> unitIds);

    List<AnnualDossier> findByYearAndHolderAndSubjectIdIn(int year, Holder holder, Collection<Long> subjectIds);
}

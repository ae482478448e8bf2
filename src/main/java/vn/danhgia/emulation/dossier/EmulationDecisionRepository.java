package vn.danhgia.emulation.dossier;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The recognition decisions. */
interface EmulationDecisionRepository extends JpaRepository<EmulationDecision, Long> {

    boolean existsByNumberAndSignedOn(String number, LocalDate signedOn);

    List<EmulationDecision> findByYearOrderBySignedOnAscIdAsc(int year);
}

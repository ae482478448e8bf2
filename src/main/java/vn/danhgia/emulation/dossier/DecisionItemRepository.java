package vn.danhgia.emulation.dossier;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The nominations each recognition decision recognised. */
interface DecisionItemRepository extends JpaRepository<DecisionItem, Long> {

    List<DecisionItem> findByNominationIdIn(Collection<Long> nominationIds);

    List<DecisionItem> findByDecisionId(long decisionId);
}

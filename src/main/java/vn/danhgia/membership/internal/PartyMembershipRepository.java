package vn.danhgia.membership.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PartyMembershipRepository extends JpaRepository<PartyMembership, Long> {

    Optional<PartyMembership> findByCadreId(long cadreId);

    List<PartyMembership> findByCadreIdIn(Collection<Long> cadreIds);

    List<PartyMembership> findByCellUnitIdIn(Collection<Long> cells);
}

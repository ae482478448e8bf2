package vn.danhgia.membership.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AnnualAuthorityRepository extends JpaRepository<AnnualAuthorityRule, Long> {

    List<AnnualAuthorityRule> findByPositionIdIn(Collection<Long> positions);

    List<AnnualAuthorityRule> findBySubjectUnitIdIn(Collection<Long> units);

    List<AnnualAuthorityRule> findBySubjectUnitIdInAndScopeOrderById(Collection<Long> units,
                                                                    AnnualAuthorityRule.Scope scope);

    List<AnnualAuthorityRule> findByScopeOrderById(AnnualAuthorityRule.Scope scope);
}

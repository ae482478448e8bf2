package vn.danhgia.decision.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RecordedCollectiveRepository extends JpaRepository<RecordedCollective, Long> {

    @Query("""
            select c from RecordedCollective c
            where c.unitId = :unitId and c.year = :year and c.quarter = :quarter""")
    Optional<RecordedCollective> findByPeriod(long unitId, int year, int quarter);

    @Query("""
            select c from RecordedCollective c
            where c.unitId in :unitIds and c.year = :year and c.quarter = :quarter""")
    List<RecordedCollective> findByPeriod(Collection<Long> unitIds, int year, int quarter);
}

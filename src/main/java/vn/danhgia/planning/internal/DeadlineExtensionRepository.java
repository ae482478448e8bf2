package vn.danhgia.planning.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.danhgia.scheme.DeadlineStep;

interface DeadlineExtensionRepository extends JpaRepository<DeadlineExtension, Long> {

    @Query("""
            select x from DeadlineExtension x where x.cadreId = :cadreId and x.step = :step and x.year = :year
            and x.quarter = :quarter""")
    Optional<DeadlineExtension> findFor(long cadreId, DeadlineStep step, int year, int quarter);

    @Query("""
            select x from DeadlineExtension x where x.cadreId in :cadreIds and x.step = :step and x.year = :year
            and x.quarter = :quarter""")
    List<DeadlineExtension> findForAll(java.util.Collection<Long> cadreIds, DeadlineStep step, int year, int quarter);
}

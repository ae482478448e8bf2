package vn.danhgia.publication.internal;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import vn.danhgia.publication.RatingKind;

interface ComplaintRepository extends JpaRepository<Complaint, Long> {

    @Query("select c from Complaint c order by c.id desc")
    List<Complaint> findNewestFirst();

    @Query("select c from Complaint c where c.cadreId = :cadreId order by c.id desc")
    List<Complaint> findOfCadre(long cadreId);

    @Query("select c from Complaint c where c.ratingKind = :kind and c.ratingId in :ratingIds order by c.id")
    List<Complaint> findOfRatings(RatingKind kind, Collection<Long> ratingIds);

    @Query("""
            select c from Complaint c
            where c.unitId = :unitId and c.periodKind = vn.danhgia.decision.RatingPeriod.Kind.QUARTER
              and c.year = :year and c.quarter = :quarter order by c.id""")
    List<Complaint> findOfUnit(long unitId, int year, int quarter);

    // Of two inspectors acting on the same complaint from the same version, only the first succeeds.
    @Lock(LockModeType.OPTIMISTIC_FORCE_INCREMENT)
    @Query("select c from Complaint c where c.id = :id")
    Optional<Complaint> findForChange(long id);
}

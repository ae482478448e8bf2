package vn.danhgia.decision;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface QuarterRatingRepository extends JpaRepository<QuarterRating, Long> {

    /** The cadre's rating of the quarter that is not cancelled, if any. */
    @Query("""
            select r from QuarterRating r
            where r.cadreId = :cadreId and r.year = :year and r.quarter = :quarter
              and r.status <> vn.danhgia.decision.RatingStatus.CANCELLED""")
    Optional<QuarterRating> findLive(long cadreId, int year, int quarter);

    /** The same for many cadres with one query. */
    @Query("""
            select r from QuarterRating r
            where r.cadreId in :cadreIds and r.year = :year and r.quarter = :quarter
              and r.status <> vn.danhgia.decision.RatingStatus.CANCELLED""")
    List<QuarterRating> findLive(java.util.Collection<Long> cadreIds, int year, int quarter);

    /** Every rating of the unit's quarter, cancelled ones included, oldest first. */
    @Query("""
            select r from QuarterRating r
            where r.unitId = :unitId and r.year = :year and r.quarter = :quarter order by r.id""")
    List<QuarterRating> findOfUnit(long unitId, int year, int quarter);

    /** The units with at least one announced rating in the quarter. */
    @Query("""
            select distinct r.unitId from QuarterRating r
            where r.year = :year and r.quarter = :quarter and r.status = vn.danhgia.decision.RatingStatus.ANNOUNCED""")
    List<Long> findUnitsAnnounced(int year, int quarter);

    /** Every rating of the cadre, cancelled ones included, in the order of the periods. */
    @Query("select r from QuarterRating r where r.cadreId = :cadreId order by r.year, r.quarter, r.id")
    List<QuarterRating> findOfCadre(long cadreId);

    // A change bumps the version, so of two people acting on the same rating from the same version only the first
    // succeeds, and the quota count a decision relied on cannot change under it unnoticed.
    @Lock(LockModeType.OPTIMISTIC_FORCE_INCREMENT)
    @Query("select r from QuarterRating r where r.id = :id")
    Optional<QuarterRating> findForChange(long id);
}

package vn.danhgia.annual.rating;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import vn.danhgia.decision.RatingStatus;
import vn.danhgia.annual.YearlyTrack;
import vn.danhgia.rules.RatingLevel;

interface YearlyRatingRepository extends JpaRepository<YearlyRating, Long> {

    @Query("select r from YearlyRating r where r.unitId = ?1 and r.year = ?2 order by r.track, r.headsUnit desc, r.id")
    List<YearlyRating> ofUnit(long unitId, int year);

    // Of two complaints about the same rating filed at once, only the first succeeds.
    @Lock(LockModeType.OPTIMISTIC_FORCE_INCREMENT)
    @Query("select r from YearlyRating r where r.id = ?1")
    Optional<YearlyRating> findForChange(long id);

    @Query("select r from YearlyRating r where r.liveKey = ?1 and r.year = ?2")
    Optional<YearlyRating> live(String liveKey, int year);

    @Query("select r from YearlyRating r where r.cadreId = ?1 order by r.year, r.track, r.id")
    List<YearlyRating> ofCadre(long cadreId);

    @Query("select r from YearlyRating r where r.year = ?1 and r.track = ?2 and r.peerGroup = ?3"
            + " and r.liveKey is not null")
    List<YearlyRating> peerGroup(int year, YearlyTrack track, String peerGroup);

    /** The live ratings of the years in the statuses, for the to-do list. */
    @Query("select r from YearlyRating r where r.year in ?1 and r.status in ?2 and r.liveKey is not null"
            + " order by r.year, r.unitId, r.track, r.headsUnit desc, r.id")
    List<YearlyRating> inStatus(Collection<Integer> years, Collection<RatingStatus> statuses);

    /** The cadres among those whose live rating of the year is proposed or decided at the level, on either track. */
    @Query("select distinct r.cadreId from YearlyRating r where r.year = ?1 and r.cadreId in ?2"
            + " and r.liveKey is not null and (r.proposedLevel = ?3 or r.outcome.decidedLevel = ?3)")
    List<Long> cadresAtLevel(int year, Collection<Long> cadreIds, RatingLevel level);
}

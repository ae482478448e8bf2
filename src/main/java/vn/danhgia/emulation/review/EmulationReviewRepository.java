package vn.danhgia.emulation.review;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface EmulationReviewRepository extends JpaRepository<EmulationReview, Long> {

    @Query("select r from EmulationReview r where r.year = ?1")
    List<EmulationReview> ofYear(int year);

    @Query("select r from EmulationReview r where r.unitId = ?1 and r.year = ?2")
    Optional<EmulationReview> of(long unitId, int year);

    /**
     * The review to change, its row locked until the change commits: of two changes at once the second waits for the
     * first, and a second vote on the same nomination then finds the nomination's version stale.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from EmulationReview r where r.id = ?1")
    Optional<EmulationReview> findForChange(long id);

}

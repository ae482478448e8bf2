package vn.danhgia.emulation.review;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EmulationReviewRepository extends JpaRepository<EmulationReview, Long> {

    @Query("select r from EmulationReview r where r.year = ?1")
    List<EmulationReview> ofYear(int year);

    @Query("select r from EmulationReview r where r.unitId = ?1 and r.year = ?2")
    Optional<EmulationReview> of(long unitId, int year);

}

package vn.danhgia.annual.selfreview;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SelfReviewRepository extends JpaRepository<SelfReview, Long> {

    @Query("select r from SelfReview r where r.subjectKey = :subjectKey and r.year = :year")
    Optional<SelfReview> findBySubject(String subjectKey, int year);

    @Query("select r from SelfReview r where r.cadreId in :cadreIds and r.year = :year")
    List<SelfReview> findByCadres(java.util.Collection<Long> cadreIds, int year);
}

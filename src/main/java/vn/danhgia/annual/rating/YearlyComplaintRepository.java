package vn.danhgia.annual.rating;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface YearlyComplaintRepository extends JpaRepository<YearlyComplaint, Long> {

    List<YearlyComplaint> findByRatingIdInOrderById(Collection<Long> ratingIds);
}

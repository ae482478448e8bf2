package vn.danhgia.membership.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewSubjectRepository extends JpaRepository<ReviewSubjectEntry, Long> {

    Optional<ReviewSubjectEntry> findByUnitId(long unitId);
}

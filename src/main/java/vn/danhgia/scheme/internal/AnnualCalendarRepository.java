package vn.danhgia.scheme.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AnnualCalendarRepository extends JpaRepository<AnnualCalendar, Long> {

    Optional<AnnualCalendar> findByCode(String code);

    List<AnnualCalendar> findAllByOrderByCodeAsc();
}

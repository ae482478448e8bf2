package vn.danhgia.annual.selfreview;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReviewSuggestionRepository extends JpaRepository<ReviewSuggestionEntry, Long> {

    @Query("select s from ReviewSuggestionEntry s where s.cadreId = :cadreId and s.year = :year order by s.id")
    List<ReviewSuggestionEntry> findByCadre(long cadreId, int year);
}

package vn.danhgia.annual.meeting;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import vn.danhgia.annual.ReviewMeetingKind;

/** The review meetings. */
interface ReviewMeetingRepository extends JpaRepository<ReviewMeeting, Long> {

    @Query("select m from ReviewMeeting m where m.year = :year order by m.heldOn, m.id")
    List<ReviewMeeting> findByYear(@Param("year") int year);

    @Query("select m from ReviewMeeting m where m.placeUnitId = :place and m.year = :year and m.kind = :kind")
    Optional<ReviewMeeting> findByPlace(@Param("place") long place, @Param("year") int year,
                                        @Param("kind") ReviewMeetingKind kind);

    /** The meetings of the year where the cadre is on the agenda. */
    @Query("select distinct m from ReviewMeeting m join m.items i where m.year = :year and i.subjectCadreId = :cadre")
    List<ReviewMeeting> findWithCadre(@Param("year") int year, @Param("cadre") long cadre);

    /** The meetings of the year where the collective is on the agenda. */
    @Query("select distinct m from ReviewMeeting m join m.items i where m.year = :year and i.subjectUnitId = :unit")
    List<ReviewMeeting> findWithCollective(@Param("year") int year, @Param("unit") long unit);
}

package vn.danhgia.emulation.history;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.danhgia.emulation.EmulationHolder;

interface RecordedAchievementRepository extends JpaRepository<RecordedAchievement, Long> {

    List<RecordedAchievement> findByUnitIdAndRecognisedYearOrderByIdAsc(long unitId, int year);

    List<RecordedAchievement> findByHolderAndSubjectIdOrderByRecognisedYearAscIdAsc(EmulationHolder holder,
                                                                                   long subjectId);
}

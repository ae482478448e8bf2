package vn.danhgia.emulation.history;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface EvidenceFileRepository extends JpaRepository<EvidenceFile, Long> {

    List<EvidenceFile> findByAchievementIdInOrderByIdAsc(Collection<Long> achievementIds);

    void deleteByAchievementId(long achievementId);
}

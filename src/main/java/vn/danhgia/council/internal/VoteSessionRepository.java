package vn.danhgia.council.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface VoteSessionRepository extends JpaRepository<VoteSession, Long> {

    @Query("select s from VoteSession s where s.councilId = :councilId order by s.openedAt, s.id")
    List<VoteSession> findByCouncil(long councilId);

    @Query("select s from VoteSession s where s.councilId in :councilIds order by s.openedAt, s.id")
    List<VoteSession> findByCouncils(java.util.Collection<Long> councilIds);
}

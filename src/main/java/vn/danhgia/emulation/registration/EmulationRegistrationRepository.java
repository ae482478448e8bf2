package vn.danhgia.emulation.registration;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.danhgia.emulation.EmulationHolder;

interface EmulationRegistrationRepository extends JpaRepository<EmulationRegistration, Long> {

    Optional<EmulationRegistration> findByHolderAndSubjectIdAndYear(EmulationHolder holder, long subjectId, int year);

    List<EmulationRegistration> findByYearAndUnitId(int year, long unitId);

    List<EmulationRegistration> findByYearAndHolderAndSubjectIdIn(int year, EmulationHolder holder,
                                                                  Collection<Long> subjectIds);
}

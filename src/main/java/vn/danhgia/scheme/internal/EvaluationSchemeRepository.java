package vn.danhgia.scheme.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface EvaluationSchemeRepository extends JpaRepository<EvaluationScheme, Long> {

    Optional<EvaluationScheme> findByCode(String code);

    List<EvaluationScheme> findAllByOrderByEffectiveFromDescCodeAsc();

    Optional<EvaluationScheme> findFirstByDefaultSchemeTrueAndEffectiveFromLessThanEqualOrderByEffectiveFromDescCodeAsc(
            LocalDate date);
}

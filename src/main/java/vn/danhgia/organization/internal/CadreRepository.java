package vn.danhgia.organization.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CadreRepository extends JpaRepository<Cadre, Long> {

    Optional<Cadre> findByCode(String code);

    boolean existsByCode(String code);
}

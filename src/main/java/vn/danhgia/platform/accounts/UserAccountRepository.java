package vn.danhgia.platform.accounts;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.modulith.NamedInterface;

@NamedInterface("accounts")
public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    Optional<UserAccount> findByCadreId(Long cadreId);

    /** Every account with its roles in one query, for the administrators' list. */
    @Query("select distinct a from UserAccount a left join fetch a.roles")
    List<UserAccount> findAllWithRoles();
}

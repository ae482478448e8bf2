package vn.danhgia.organization.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.danhgia.organization.ScopeRole;

public interface ManagementScopeRepository extends JpaRepository<ManagementScope, Long> {

    List<ManagementScope> findByPositionIdOrderById(Long positionId);

    List<ManagementScope> findByPositionIdInOrderById(Collection<Long> positionIds);

    /** The cadre's positions on the date with each unit of their authorities, in assignment order. */
    @Query("""
            select new vn.danhgia.organization.internal.ScopeRow(a.cadre.id, p.id, p.title, u.name, s.role, au.id,
                   au.code, au.name, au.kind, s.basis)
            from Appointment a join a.position p join p.unit u
                 left join ManagementScope s on s.position = p and s.validFrom <= :date
                                                and (s.validTo is null or s.validTo >= :date)
                 left join s.authority au
            where a.cadre.id = :cadreId and a.start <= :date and (a.end is null or a.end >= :date)
            order by a.start, a.id, s.id""")
    List<ScopeRow> scopesOfCadre(Long cadreId, LocalDate date);

    /** The same for many cadres with one query, in the same order within each cadre. */
    @Query("""
            select new vn.danhgia.organization.internal.ScopeRow(a.cadre.id, p.id, p.title, u.name, s.role, au.id,
                   au.code, au.name, au.kind, s.basis)
            from Appointment a join a.position p join p.unit u
                 left join ManagementScope s on s.position = p and s.validFrom <= :date
                                                and (s.validTo is null or s.validTo >= :date)
                 left join s.authority au
            where a.cadre.id in :cadreIds and a.start <= :date and (a.end is null or a.end >= :date)
            order by a.start, a.id, s.id""")
    List<ScopeRow> scopesOfCadres(java.util.Collection<Long> cadreIds, LocalDate date);

    /** Everyone whose position falls under the authority for the role on the date: one query for any number. */
    @Query("""
            select distinct new vn.danhgia.organization.internal.CadrePositionRow(c.id, c.code, c.fullName, p.id,
                   p.title, u.id, u.code, u.name, p.rank, p.track, p.leader)
            from ManagementScope s join s.position p join p.unit u
                 join Appointment a on a.position = p join a.cadre c
            where s.authority.id = :authorityId and s.role = :role
              and s.validFrom <= :date and (s.validTo is null or s.validTo >= :date)
              and a.start <= :date and (a.end is null or a.end >= :date)""")
    List<CadrePositionRow> cadresInScope(Long authorityId, ScopeRole role, LocalDate date);

    /** The same for several authorities with one query, each row naming its authority. */
    @Query("""
            select distinct new vn.danhgia.organization.internal.AuthorityCadreRow(s.authority.id, c.id, c.code,
                   c.fullName, p.id, p.title, u.id, u.code, u.name, p.rank, p.track, p.leader)
            from ManagementScope s join s.position p join p.unit u
                 join Appointment a on a.position = p join a.cadre c
            where s.authority.id in :authorityIds and s.role = :role
              and s.validFrom <= :date and (s.validTo is null or s.validTo >= :date)
              and a.start <= :date and (a.end is null or a.end >= :date)""")
    List<AuthorityCadreRow> cadresInScopes(java.util.Collection<Long> authorityIds, ScopeRole role, LocalDate date);
}

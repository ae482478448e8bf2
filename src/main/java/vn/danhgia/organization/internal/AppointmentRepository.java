package vn.danhgia.organization.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AppointmentRepository extends JpaRepository<Appointment, Long> {

    @Query("""
            select a from Appointment a join fetch a.position p join fetch p.unit
            where a.cadre.id = :cadreId
            order by a.start, a.id""")
    List<Appointment> history(Long cadreId);

    @Query("""
            select a from Appointment a join fetch a.position p join fetch p.unit
            where a.cadre.id in :cadreIds
            order by a.start, a.id""")
    List<Appointment> histories(java.util.Collection<Long> cadreIds);

    @Query("""
            select a from Appointment a join fetch a.position p join fetch p.unit
            where a.cadre.id = :cadreId and a.start <= :date and (a.end is null or a.end >= :date)
            order by a.start, a.id""")
    List<Appointment> inForce(Long cadreId, LocalDate date);

    @Query("select a from Appointment a where a.position.id = :positionId")
    List<Appointment> holdersOf(Long positionId);

    @Query("""
            select new vn.danhgia.organization.internal.CadrePositionRow(c.id, c.code, c.fullName, p.id, p.title,
                   u.id, u.code, u.name, p.rank, p.track, p.leader)
            from Appointment a join a.cadre c join a.position p join p.unit u
            where a.start <= :date and (a.end is null or a.end >= :date)""")
    List<CadrePositionRow> allInForce(LocalDate date);

    @Query("""
            select new vn.danhgia.organization.internal.CadrePositionRow(c.id, c.code, c.fullName, p.id, p.title,
                   u.id, u.code, u.name, p.rank, p.track, p.leader)
            from Appointment a join a.cadre c join a.position p join p.unit u
            where c.id in :cadreIds and a.start <= :date and (a.end is null or a.end >= :date)""")
    List<CadrePositionRow> inForceOf(java.util.Collection<Long> cadreIds, LocalDate date);

    @Query("""
            select new vn.danhgia.organization.internal.CadrePositionRow(c.id, c.code, c.fullName, p.id, p.title,
                   u.id, u.code, u.name, p.rank, p.track, p.leader)
            from Appointment a join a.cadre c join a.position p join p.unit u
            where u.id in :unitIds and a.start <= :date and (a.end is null or a.end >= :date)""")
    List<CadrePositionRow> inForceIn(java.util.Collection<Long> unitIds, LocalDate date);
}

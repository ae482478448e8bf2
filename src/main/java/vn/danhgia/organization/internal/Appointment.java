package vn.danhgia.organization.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import vn.danhgia.organization.AppointmentFact;
import vn.danhgia.organization.AppointmentId;
import vn.danhgia.organization.AppointmentKind;
import vn.danhgia.organization.AppointmentView;
import vn.danhgia.organization.CadreId;
import vn.danhgia.organization.OrganizationRefusal;
import vn.danhgia.organization.PositionId;
import vn.danhgia.organization.UnitId;

/** An appointment (bổ nhiệm, kiêm nhiệm): a cadre holds a position from its start day to its end day, both included. */
@Entity
@Table(name = "org_appointment")
public class Appointment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private Long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cadre_id", nullable = false)
    private Cadre cadre;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "position_id", nullable = false)
    private Position position;

    @Column(name = "start_date", nullable = false)
    private LocalDate start;

    @Column(name = "end_date")
    private LocalDate end;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AppointmentKind kind;

    protected Appointment() {
    }

    public Appointment(Cadre cadre, Position position, LocalDate start, AppointmentKind kind) {
        this.cadre = cadre;
        this.position = position;
        this.start = start;
        this.kind = kind;
    }

    /** Ends the appointment; {@code lastDay} is the last day the position is held. */
    public void end(LocalDate lastDay) {
        if (end != null) {
            throw new OrganizationRefusal("organization.refusal.appointment-already-ended", end);
        }
        if (lastDay.isBefore(start)) {
            throw new OrganizationRefusal("organization.refusal.end-before-start", lastDay, start).at("end");
        }
        end = lastDay;
    }

    /** Whether this appointment is held on some day from {@code from} to {@code to}; {@code to} null means open. */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return (end == null || !end.isBefore(from)) && (to == null || !start.isAfter(to));
    }

    public AppointmentView view() {
        return new AppointmentView(new AppointmentId(id), new CadreId(cadre.getId()), new PositionId(position.getId()),
                position.getTitle(), new UnitId(position.getUnit().getId()), position.getUnit().getName(), start, end,
                kind);
    }

    public AppointmentFact fact() {
        return new AppointmentFact(new PositionId(position.getId()),
                new UnitId(position.getUnit().organisation().getId()), position.isLeader(), kind, start, end);
    }

    /** Whether it is a main post (not kiêm nhiệm): a cadre holds one main post at a time. */
    public boolean isMain() {
        return kind != AppointmentKind.CONCURRENT;
    }

    /** The optimistic lock's version; not named getVersion, as Spring Data reads that (null) to tell a new record. */
    public long lockVersion() {
        return version;
    }

    public LocalDate getStart() {
        return start;
    }

    public Cadre getCadre() {
        return cadre;
    }

    public Long getId() {
        return id;
    }

    public Position getPosition() {
        return position;
    }
}

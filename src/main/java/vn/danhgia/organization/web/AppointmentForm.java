package vn.danhgia.organization.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.danhgia.organization.AppointmentKind;
import vn.danhgia.organization.PositionId;

/**
 * A new post for a cadre: a first appointment or concurrent post beside the others, or a change of post (transfer,
 * promotion, restructuring) that ends the current one the day before {@code start}.
 */
public class AppointmentForm {

    private Long position;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate start;
    private AppointmentKind kind;
    private long version;

    PositionId positionId() {
        return position == null ? null : new PositionId(position);
    }

    public Long getPosition() {
        return position;
    }

    public void setPosition(Long position) {
        this.position = position;
    }

    public LocalDate getStart() {
        return start;
    }

    public void setStart(LocalDate start) {
        this.start = start;
    }

    public AppointmentKind getKind() {
        return kind;
    }

    public void setKind(AppointmentKind kind) {
        this.kind = kind;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}

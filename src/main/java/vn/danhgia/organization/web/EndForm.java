package vn.danhgia.organization.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The last day an appointment or a scope is held, and the version the change is based on. */
public class EndForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate end;
    private long version;

    static EndForm of(long version) {
        EndForm form = new EndForm();
        form.version = version;
        return form;
    }

    public LocalDate getEnd() {
        return end;
    }

    public void setEnd(LocalDate end) {
        this.end = end;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}

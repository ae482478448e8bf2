package vn.danhgia.membership.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.danhgia.membership.PartyMembershipView;

/** The party membership form: the cell and the dates; the version the change is based on, none for a first record. */
public class MembershipForm {

    private Long cell;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate admittedOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate officialOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate exemptSince;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate suspendedSince;
    private Long version;

    static MembershipForm of(PartyMembershipView view) {
        MembershipForm form = new MembershipForm();
        form.cell = view.cell().value();
        form.admittedOn = view.admittedOn();
        form.officialOn = view.officialOn();
        form.exemptSince = view.exemptSince();
        form.suspendedSince = view.suspendedSince();
        form.version = view.version();
        return form;
    }

    public Long getCell() {
        return cell;
    }

    public void setCell(Long cell) {
        this.cell = cell;
    }

    public LocalDate getAdmittedOn() {
        return admittedOn;
    }

    public void setAdmittedOn(LocalDate admittedOn) {
        this.admittedOn = admittedOn;
    }

    public LocalDate getOfficialOn() {
        return officialOn;
    }

    public void setOfficialOn(LocalDate officialOn) {
        this.officialOn = officialOn;
    }

    public LocalDate getExemptSince() {
        return exemptSince;
    }

    public void setExemptSince(LocalDate exemptSince) {
        this.exemptSince = exemptSince;
    }

    public LocalDate getSuspendedSince() {
        return suspendedSince;
    }

    public void setSuspendedSince(LocalDate suspendedSince) {
        this.suspendedSince = suspendedSince;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}

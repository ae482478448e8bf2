package vn.danhgia.membership.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.danhgia.membership.AnnualAuthorityRow;

/**
 * An annual authority row as the administrator edits it: what it is keyed by ({@code scope} POSITION with the
 * position's code, COLLECTIVE or EVERYONE_UNDER with a unit), the kind, the bodies, the dates and the basis.
 */
public class AnnualAuthorityForm {

    private Long id;
    private Long version;
    private String scope;
    private String positionCode;
    private Long subjectUnit;
    private String kind;
    private Long authority;
    private Long recipient;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate validFrom;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate validTo;
    private String basis;

    static AnnualAuthorityForm of(AnnualAuthorityRow row) {
        AnnualAuthorityForm form = new AnnualAuthorityForm();
        form.id = row.id();
        form.version = row.version();
        if (row.subject().position() != null) {
            form.scope = "POSITION";
            form.positionCode = row.subjectCode();
        } else if (row.subject().collective() != null) {
            form.scope = "COLLECTIVE";
            form.subjectUnit = row.subject().collective().value();
        } else {
            form.scope = "EVERYONE_UNDER";
            form.subjectUnit = row.subject().everyoneUnder().value();
        }
        form.kind = row.kind().name();
        form.authority = row.authority().value();
        form.recipient = row.recipient() == null ? null : row.recipient().value();
        form.validFrom = row.validFrom();
        form.validTo = row.validTo();
        form.basis = row.basis();
        return form;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public String getPositionCode() {
        return positionCode;
    }

    public void setPositionCode(String positionCode) {
        this.positionCode = positionCode;
    }

    public Long getSubjectUnit() {
        return subjectUnit;
    }

    public void setSubjectUnit(Long subjectUnit) {
        this.subjectUnit = subjectUnit;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public Long getAuthority() {
        return authority;
    }

    public void setAuthority(Long authority) {
        this.authority = authority;
    }

    public Long getRecipient() {
        return recipient;
    }

    public void setRecipient(Long recipient) {
        this.recipient = recipient;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDate validTo) {
        this.validTo = validTo;
    }

    public String getBasis() {
        return basis;
    }

    public void setBasis(String basis) {
        this.basis = basis;
    }
}

package vn.danhgia.organization.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import vn.danhgia.organization.ScopeRole;
import vn.danhgia.organization.UnitId;

/**
 * A management scope for a position (seed 002 §2.2): which unit, or units acting jointly, evaluates or decides, from
 * when, on what basis.
 */
public class ScopeForm {

    private ScopeRole role;
    private List<Long> authority = new ArrayList<>();
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate validFrom;
    private String basis;

    List<UnitId> authorityUnits() {
        return authority.stream().filter(java.util.Objects::nonNull).map(UnitId::new).toList();
    }

    public ScopeRole getRole() {
        return role;
    }

    public void setRole(ScopeRole role) {
        this.role = role;
    }

    public List<Long> getAuthority() {
        return authority;
    }

    public void setAuthority(List<Long> authority) {
        this.authority = authority == null ? new ArrayList<>() : authority;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public String getBasis() {
        return basis;
    }

    public void setBasis(String basis) {
        this.basis = basis;
    }
}

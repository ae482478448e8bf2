package vn.danhgia.organization;

import java.time.LocalDate;

/** A cadre (cán bộ, công chức, viên chức, người lao động): the person who is evaluated. */
public record CadreView(CadreId id, String code, String fullName, LocalDate birthDate, boolean partyMember,
                        EmploymentKind employmentKind) {
}

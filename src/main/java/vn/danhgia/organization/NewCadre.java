package vn.danhgia.organization;

import java.time.LocalDate;

public record NewCadre(String code, String fullName, LocalDate birthDate, boolean partyMember,
                       EmploymentKind employmentKind) {
}

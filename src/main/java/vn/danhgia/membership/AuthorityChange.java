package vn.danhgia.membership;

import java.time.LocalDate;
import vn.danhgia.organization.UnitId;

/**
 * An annual authority row as an administrator enters it; any part may be missing, and is then refused beside its
 * field ({@code subject}, {@code kind}, {@code authority}, {@code recipient}, {@code validFrom}, {@code validTo},
 * {@code basis}).
 */
public record AuthorityChange(AuthoritySubject subject, AuthorityKind kind, UnitId authority, UnitId recipient,
                              LocalDate validFrom, LocalDate validTo, String basis) {
}

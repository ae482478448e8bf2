package vn.danhgia.membership;

import java.time.LocalDate;
import vn.danhgia.organization.UnitId;

/**
 * A stored annual authority row (thẩm quyền đánh giá, xếp loại hằng năm; seed 003 §II.1, seed 004 §V): what body
 * rates, proposes for or assesses and reports on a position's holder, a collective, or everyone under a unit.
 *
 * @param subjectCode the position's code, or the unit's
 * @param subjectName the position's title with its unit, or the unit's name
 * @param validTo     the last day in force, {@code null} while open-ended
 * @param version     the version a change must name
 */
public record AnnualAuthorityRow(long id, long version, AuthoritySubject subject, String subjectCode,
                                 String subjectName,
                                 AuthorityKind kind, UnitId authority, String authorityName, UnitId recipient,
                                 String recipientName, LocalDate validFrom, LocalDate validTo, String basis) {
}

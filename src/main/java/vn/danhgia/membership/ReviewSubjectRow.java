package vn.danhgia.membership;

import vn.danhgia.organization.UnitId;

/**
 * A stored review subject (đối tượng kiểm điểm là tập thể): a unit reviewed as a collective of a kind its unit kind
 * cannot say (Thường trực HĐND, UBND, Ban Thường trực MTTQ, a mass organisation's Ban Thường vụ), or a chi bộ tổ dân
 * phố (seed 004 §II.1, §VII.2).
 *
 * @param version the version a change must name
 */
public record ReviewSubjectRow(long id, long version, UnitId unit, String unitName, SubjectKind kind,
                               boolean residential) {
}

package vn.danhgia.membership;

import vn.danhgia.organization.UnitId;

/** A review subject as an administrator enters it: the unit, the collective it is reviewed as, the tổ dân phố flag. */
public record SubjectChange(UnitId unit, SubjectKind kind, boolean residential) {
}

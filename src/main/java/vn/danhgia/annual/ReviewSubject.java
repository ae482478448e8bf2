package vn.danhgia.annual;

import vn.danhgia.rules.annual.ReviewOrder.SubjectKind;

/**
 * Who is reviewed (đối tượng kiểm điểm): a collective or party organisation by its unit id, or a person by their cadre
 * id.
 */
public record ReviewSubject(SubjectKind kind, long id) {

    public static ReviewSubject collective(long unitId) {
        return new ReviewSubject(SubjectKind.COLLECTIVE, unitId);
    }

    public static ReviewSubject cadre(long cadreId) {
        return new ReviewSubject(SubjectKind.INDIVIDUAL, cadreId);
    }
}

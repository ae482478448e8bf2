package vn.danhgia.membership;

import vn.danhgia.organization.UnitKind;

/** What kind of collective a review subject (đối tượng kiểm điểm, tập thể) is: seed 004 §II.1, seed 003 §II.1. */
public enum SubjectKind {
    /** Tổ chức đảng: đảng bộ, chi bộ (rated as an organisation, seed 004 §V.2 "Các chi bộ trực thuộc"). */
    PARTY_ORGANIZATION,
    /** Ban Chấp hành Đảng bộ, chi ủy: the party committee as a leading collective (seed 004 §II.1). */
    PARTY_EXECUTIVE_COMMITTEE,
    /** Thường trực Hội đồng nhân dân. */
    COUNCIL_STANDING_BODY,
    /** Ủy ban nhân dân (its collective leadership). */
    PEOPLE_COMMITTEE,
    /** Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam. */
    FRONT_STANDING_BOARD,
    /** Ban Thường vụ of a mass organisation (tổ chức chính trị - xã hội), or its Ban Chấp hành where it has none. */
    MASS_ORGANIZATION_STANDING_BOARD,
    /** Tập thể lãnh đạo, quản lý of an agency, e.g. Lãnh đạo Văn phòng UBND tỉnh (seed 003 §II.1). */
    LEADERSHIP_COLLECTIVE;

    /** The kind a unit is reviewed as when no review subject row says otherwise, or {@code null} if none. */
    public static SubjectKind implied(UnitKind kind) {
        return switch (kind) {
            case PARTY_COMMITTEE, PARTY_CELL -> PARTY_ORGANIZATION;
            case LEADERSHIP_COLLECTIVE -> LEADERSHIP_COLLECTIVE;
            default -> null;
        };
    }

    /** Key of the label in the membership message bundle. */
    public String messageKey() {
        return "membership.subject-kind." + name();
    }
}

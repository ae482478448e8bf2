package vn.danhgia.organization;

/** Rank of a position within its unit (người đứng đầu, cấp trưởng / cấp phó / thành viên). */
public enum PositionRank {
    /** Cấp trưởng, người đứng đầu: Trưởng phòng, Chánh Văn phòng, Bí thư. */
    HEAD,
    /** Cấp phó: Phó Trưởng phòng, Phó Chánh Văn phòng, Phó Bí thư. */
    DEPUTY,
    /** Thành viên: Chi ủy viên, Ủy viên Ban Chấp hành. */
    MEMBER;

    /** Key of the label in the organization message bundle. */
    public String messageKey() {
        return "organization.position-rank." + name();
    }
}

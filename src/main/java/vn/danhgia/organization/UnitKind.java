package vn.danhgia.organization;

/** What a unit (cơ quan, đơn vị) is. */
public enum UnitKind {
    /** Cơ quan, e.g. Văn phòng UBND tỉnh, Sở Nội vụ. */
    AGENCY,
    /** Phòng, ban. */
    DEPARTMENT,
    /** Trung tâm and other đơn vị sự nghiệp (Nhà khách tỉnh). */
    CENTER,
    /** Đảng ủy, đảng bộ. */
    PARTY_COMMITTEE,
    /** Chi bộ. */
    PARTY_CELL,
    /** Đoàn thể: Công đoàn, Đoàn Thanh niên. */
    MASS_ORGANIZATION,
    /** Tập thể lãnh đạo, quản lý, e.g. Lãnh đạo Văn phòng, Ban Thường vụ Đảng ủy. */
    LEADERSHIP_COLLECTIVE;

    /**
     * Whether a unit of this kind is a "cơ quan, đơn vị" in the sense of seed 002 §7 a) and b): moving between two
     * departments of one agency stays in the same cơ quan; moving to another agency or centre does not.
     */
    public boolean isOrganisation() {
        return this == AGENCY || this == CENTER;
    }

    /** Key of the label in the organization message bundle. */
    public String messageKey() {
        return "organization.unit-kind." + name();
    }
}

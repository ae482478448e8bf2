package vn.danhgia.organization;

/** Which system a position belongs to. */
public enum PositionTrack {
    /** Chức vụ Đảng. */
    PARTY,
    /** Chức vụ chính quyền. */
    GOVERNMENT,
    /** Chức vụ đoàn thể. */
    MASS_ORGANIZATION;

    /** Key of the label in the organization message bundle. */
    public String messageKey() {
        return "organization.position-track." + name();
    }
}

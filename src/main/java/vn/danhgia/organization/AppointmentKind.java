package vn.danhgia.organization;

/** How a cadre came to hold a position (hình thức bổ nhiệm); seed 002 §7 treats them differently. */
public enum AppointmentKind {
    /** Bổ nhiệm lần đầu giữ chức danh lãnh đạo, quản lý. */
    FIRST_APPOINTMENT,
    /** Bổ nhiệm chức vụ mới cao hơn. */
    PROMOTION,
    /** Điều động, luân chuyển sang vị trí khác. */
    TRANSFER,
    /** Thay đổi vị trí theo sắp xếp tinh gọn tổ chức bộ máy. */
    RESTRUCTURING,
    /** Kiêm nhiệm: held beside another position, e.g. Trưởng phòng kiêm Bí thư Chi bộ. */
    CONCURRENT;

    /** Key of the label in the organization message bundle. */
    public String messageKey() {
        return "organization.appointment-kind." + name();
    }
}

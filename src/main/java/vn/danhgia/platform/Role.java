package vn.danhgia.platform;

/** What a user may do; a user can hold several (vai trò). Scope checks per role come with the quarterly cycle. */
public enum Role {
    /** Quản trị hệ thống: organisation, users, schemes. */
    ADMIN,
    /** Cán bộ: own records. */
    CADRE,
    /** Người đứng đầu đơn vị: the unit's cadres. */
    UNIT_HEAD,
    /** Cán bộ tổ chức: the units the personnel office serves. */
    PERSONNEL_OFFICER,
    /** Thành viên Hội đồng đánh giá. */
    COUNCIL_MEMBER,
    /** Cấp có thẩm quyền: the people in its management scope. */
    AUTHORITY,
    /** Ủy ban Kiểm tra: complaints. */
    INSPECTION
}

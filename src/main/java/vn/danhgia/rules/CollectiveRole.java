package vn.danhgia.rules;

/** A person's place in a leadership collective (tập thể lãnh đạo, quản lý), or none. */
public enum CollectiveRole {
    /** Người đứng đầu, cấp trưởng. */
    HEAD,
    /** Cấp phó. */
    DEPUTY,
    /** Thành viên khác của tập thể lãnh đạo, quản lý. */
    MEMBER,
    NONE
}

package vn.danhgia.organization;

/**
 * What an authority does for the positions in its management scope. Seed 002 §2.2: "Cấp nào trực tiếp sử dụng cán
 * bộ, phân công nhiệm vụ thì cấp đó nhận xét, đánh giá, đề xuất mức xếp loại; cấp có thẩm quyền quản lý cán bộ thì
 * quyết định, phê duyệt mức xếp loại."
 */
public enum ScopeRole {
    /** Nhận xét, đánh giá, đề xuất mức xếp loại. */
    EVALUATES,
    /** Quyết định, phê duyệt mức xếp loại. */
    DECIDES;

    /** Key of the label in the organization message bundle. */
    public String messageKey() {
        return "organization.scope-role." + name();
    }
}

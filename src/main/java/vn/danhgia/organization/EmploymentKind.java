package vn.danhgia.organization;

/** Legal status of a cadre's employment; it decides which decree rates them (Nghị định 335/2025 or 90/2020). */
public enum EmploymentKind {
    /** Công chức. */
    CIVIL_SERVANT,
    /** Viên chức. */
    PUBLIC_EMPLOYEE,
    /** Người lao động. */
    WORKER,
    /** Cán bộ (elected or designated to a term of office). */
    CADRE;

    /** Key of the label in the organization message bundle. */
    public String messageKey() {
        return "organization.employment-kind." + name();
    }
}

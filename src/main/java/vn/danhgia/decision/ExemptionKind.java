package vn.danhgia.decision;

/** Why a cadre is not rated quarterly for a whole year (không bắt buộc đánh giá, xếp loại hằng quý). */
public enum ExemptionKind {
    /**
     * Seed 002 §3.3: "thành viên cấp ủy của các tổ chức đảng không tham gia công tác chuyên môn và thực hiện nhiệm vụ
     * chính trị trong các cơ quan, đơn vị thuộc hệ thống chính trị".
     */
    PARTY_COMMITTEE_ONLY;

    public String messageKey() {
        return "review.exemption.kind." + name();
    }
}

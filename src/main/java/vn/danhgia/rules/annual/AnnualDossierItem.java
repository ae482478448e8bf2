package vn.danhgia.rules.annual;

/**
 * An item of a year-end dossier (hồ sơ kiểm điểm, đánh giá, xếp loại hằng năm), in the order of seed 003 §2.1 a: the
 * fourteen items of an individual's dossier ("Đối với cá nhân … Hồ sơ gồm") and the four of a collective's ("Đối với
 * tập thể … Hồ sơ gồm"). Each says when it may be left out: only the items the seed marks "nếu có" or ties to a
 * condition may be marked not applicable.
 */
public enum AnnualDossierItem {

    /** (1) Văn bản đề nghị đánh giá, xếp loại của cơ quan, đơn vị. */
    PROPOSAL(Holder.INDIVIDUAL, 1, Need.MANDATORY),
    /** (2) Bản kiểm điểm cá nhân kèm khung tiêu chí đánh giá. */
    SELF_REVIEW(Holder.INDIVIDUAL, 2, Need.MANDATORY),
    /** (3) Bản kê khai tài sản. */
    ASSET_DECLARATION(Holder.INDIVIDUAL, 3, Need.MANDATORY),
    /** (4) Bản bổ sung lý lịch hằng năm. */
    CV_SUPPLEMENT(Holder.INDIVIDUAL, 4, Need.MANDATORY),
    /** (5) Bản nhận xét của cấp ủy nơi cư trú. */
    RESIDENCE_COMMENT(Holder.INDIVIDUAL, 5, Need.MANDATORY),
    /** (6) Bản nhận xét của cấp ủy nơi công tác. */
    WORKPLACE_COMMENT(Holder.INDIVIDUAL, 6, Need.MANDATORY),
    /** (7) Biên bản hội nghị kiểm điểm. */
    MINUTES(Holder.INDIVIDUAL, 7, Need.MANDATORY),
    /** (8) Văn bản gợi ý kiểm điểm (nếu có). */
    REVIEW_SUGGESTIONS(Holder.INDIVIDUAL, 8, Need.IF_ANY),
    /** (9) Kết luận đánh giá, kết quả xếp loại của cấp có thẩm quyền. */
    CONCLUSION(Holder.INDIVIDUAL, 9, Need.MANDATORY),
    /** (10) Hồ sơ giải quyết khiếu nại, kiến nghị về kết quả đánh giá, xếp loại (nếu có). */
    COMPLAINT_FILE(Holder.INDIVIDUAL, 10, Need.IF_ANY),
    /** (11) Hồ sơ chứng minh, for those proposed at hoàn thành xuất sắc nhiệm vụ. */
    EXCELLENCE_EVIDENCE(Holder.INDIVIDUAL, 11, Need.IF_EXCELLENT),
    /** (12) Bản tổng hợp theo Biểu số 01 và 02, for those the Ban cán sự đảng rates. */
    SUMMARY_TABLES(Holder.INDIVIDUAL, 12, Need.CONDITIONAL),
    /** (13) Tóm tắt nhận xét, đánh giá (½ trang), for leaders and managers. */
    HALF_PAGE_SUMMARY(Holder.INDIVIDUAL, 13, Need.CONDITIONAL),
    /** (14) Các văn bản khác (nếu có). */
    OTHER_DOCUMENTS(Holder.INDIVIDUAL, 14, Need.IF_ANY),

    /** Tập thể (1) Văn bản đề nghị đánh giá, xếp loại của cơ quan, đơn vị. */
    COLLECTIVE_PROPOSAL(Holder.COLLECTIVE, 1, Need.MANDATORY),
    /** Tập thể (2) Báo cáo kiểm điểm tập thể. */
    COLLECTIVE_REPORT(Holder.COLLECTIVE, 2, Need.MANDATORY),
    /** Tập thể (3) Biên bản hội nghị. */
    COLLECTIVE_MINUTES(Holder.COLLECTIVE, 3, Need.MANDATORY),
    /** Tập thể (4) Văn bản gợi ý kiểm điểm (nếu có). */
    COLLECTIVE_REVIEW_SUGGESTIONS(Holder.COLLECTIVE, 4, Need.IF_ANY);

    /** Whose dossier the item belongs to. */
    public enum Holder { INDIVIDUAL, COLLECTIVE }

    /** When the item may be left out. */
    public enum Need {
        /** Always required. */
        MANDATORY,
        /** "nếu có": left out when there is none. */
        IF_ANY,
        /** Required for an EXCELLENT proposal only (item 11). */
        IF_EXCELLENT,
        /** Required only for the people the seed names (items 12, 13). */
        CONDITIONAL
    }

    private final Holder holder;
    private final int number;
    private final Need need;

    AnnualDossierItem(Holder holder, int number, Need need) {
        this.holder = holder;
        this.number = number;
        this.need = need;
    }

    public Holder holder() {
        return holder;
    }

    /** The item's number in the seed's list. */
    public int number() {
        return number;
    }

    public Need need() {
        return need;
    }
}

package vn.danhgia.annual;

/** Where a self-review stands: the subject drafts it, then submits it to the review meeting (bản kiểm điểm đã nộp). */
public enum SelfReviewStatus {
    DRAFT,
    SUBMITTED;

    public boolean editable() {
        return this == DRAFT;
    }

    public String messageKey() {
        return "selfreview.status." + name();
    }
}

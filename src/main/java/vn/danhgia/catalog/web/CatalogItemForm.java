package vn.danhgia.catalog.web;

import vn.danhgia.catalog.CatalogItemView;

/** The add/edit form of one item (Mẫu 02 columns); points as typed, with a decimal comma or point. */
public class CatalogItemForm {

    private long version;
    private String task;
    private String approvalLevel;
    private String difficulty;
    private String productType;
    private String quantity;
    private String deadlinePattern;
    private String note;
    private String points;

    static CatalogItemForm blank(long version) {
        CatalogItemForm form = new CatalogItemForm();
        form.version = version;
        form.quantity = "01";
        return form;
    }

    static CatalogItemForm of(CatalogItemView item, long version) {
        CatalogItemForm form = new CatalogItemForm();
        form.version = version;
        form.task = item.task();
        form.approvalLevel = item.approvalLevel();
        form.difficulty = item.difficulty();
        form.productType = item.productType();
        form.quantity = item.quantity();
        form.deadlinePattern = item.deadlinePattern();
        form.note = item.note();
        form.points = item.points().stripTrailingZeros().toPlainString();
        return form;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getTask() {
        return task;
    }

    public void setTask(String task) {
        this.task = task;
    }

    public String getApprovalLevel() {
        return approvalLevel;
    }

    public void setApprovalLevel(String approvalLevel) {
        this.approvalLevel = approvalLevel;
    }

    public String getDifficulty() {
        return difficulty;
    }

    public void setDifficulty(String difficulty) {
        this.difficulty = difficulty;
    }

    public String getProductType() {
        return productType;
    }

    public void setProductType(String productType) {
        this.productType = productType;
    }

    public String getQuantity() {
        return quantity;
    }

    public void setQuantity(String quantity) {
        this.quantity = quantity;
    }

    public String getDeadlinePattern() {
        return deadlinePattern;
    }

    public void setDeadlinePattern(String deadlinePattern) {
        this.deadlinePattern = deadlinePattern;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getPoints() {
        return points;
    }

    public void setPoints(String points) {
        this.points = points;
    }
}

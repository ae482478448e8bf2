package vn.danhgia.decision.web;

/**
 * The forms of a cadre's quarter page: mark a deferral (kind, note), withdraw it (withdrawal note), exempt the year
 * (rating period, note) or withdraw the exemption. Versions are those read with the page; -1 when nothing was marked.
 */
public class DeferralForm {

    private String kind;
    private String note;
    private String withdrawalNote;
    private Long version;
    private String ratingPeriod;
    private String exemptionNote;
    private Long exemptionVersion;

    Long expectedVersion() {
        return version == null || version < 0 ? null : version;
    }

    Long expectedExemptionVersion() {
        return exemptionVersion == null || exemptionVersion < 0 ? null : exemptionVersion;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getWithdrawalNote() {
        return withdrawalNote;
    }

    public void setWithdrawalNote(String withdrawalNote) {
        this.withdrawalNote = withdrawalNote;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getRatingPeriod() {
        return ratingPeriod;
    }

    public void setRatingPeriod(String ratingPeriod) {
        this.ratingPeriod = ratingPeriod;
    }

    public String getExemptionNote() {
        return exemptionNote;
    }

    public void setExemptionNote(String exemptionNote) {
        this.exemptionNote = exemptionNote;
    }

    public Long getExemptionVersion() {
        return exemptionVersion;
    }

    public void setExemptionVersion(Long exemptionVersion) {
        this.exemptionVersion = exemptionVersion;
    }
}

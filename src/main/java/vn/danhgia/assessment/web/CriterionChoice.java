package vn.danhgia.assessment.web;

/** One general criterion on the sheet: its code ("1.1") and whether it is met (đảm bảo) or not (không đảm bảo). */
public class CriterionChoice {

    private String code;
    private boolean met = true;

    public CriterionChoice() {
    }

    CriterionChoice(String code, boolean met) {
        this.code = code;
        this.met = met;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public boolean isMet() {
        return met;
    }

    public void setMet(boolean met) {
        this.met = met;
    }
}

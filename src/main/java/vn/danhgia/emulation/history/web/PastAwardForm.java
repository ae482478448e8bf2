package vn.danhgia.emulation.history.web;

import vn.danhgia.emulation.Nominee;
import vn.danhgia.emulation.PastAward;
import vn.danhgia.rules.emulation.EmulationTitle;

/** The form entering one title or reward of an earlier year on a history page. */
class PastAwardForm {

    private Integer year;
    private EmulationTitle title;
    private String decisionRef;

    PastAward toAward(Nominee nominee) {
        // A missing year reads as 0, which the service refuses as not a past year.
        return new PastAward(nominee, year == null ? 0 : year, title, decisionRef);
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public EmulationTitle getTitle() {
        return title;
    }

    public void setTitle(EmulationTitle title) {
        this.title = title;
    }

    public String getDecisionRef() {
        return decisionRef;
    }

    public void setDecisionRef(String decisionRef) {
        this.decisionRef = decisionRef;
    }
}

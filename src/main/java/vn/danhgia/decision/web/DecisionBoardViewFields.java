package vn.danhgia.decision.web;

/** What every form of the decision board carries: the part of the board it was sent from, to show again after it. */
public abstract class DecisionBoardViewFields {

    private String page;
    private String inUnit;
    private String undecided;

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    public String getInUnit() {
        return inUnit;
    }

    public void setInUnit(String inUnit) {
        this.inUnit = inUnit;
    }

    public String getUndecided() {
        return undecided;
    }

    public void setUndecided(String undecided) {
        this.undecided = undecided;
    }

    DecisionBoardView view() {
        return DecisionBoardView.of(page, inUnit, undecided);
    }
}

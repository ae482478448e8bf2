package vn.danhgia.decision.web;

/**
 * One row's proposal or decision as posted from the board. Numbers stay text so that a malformed one is refused
 * beside the field instead of failing the binding.
 *
 * @see vn.danhgia.decision.DecisionService
 */
public class DecisionForm extends DecisionBoardViewFields {

    private long cadre;
    private int year;
    private int quarter;
    private String version;
    private String level;
    private String comment;
    private String forceMajeureReason;

    public long getCadre() {
        return cadre;
    }

    public void setCadre(long cadre) {
        this.cadre = cadre;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public int getQuarter() {
        return quarter;
    }

    public void setQuarter(int quarter) {
        this.quarter = quarter;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getForceMajeureReason() {
        return forceMajeureReason;
    }

    public void setForceMajeureReason(String forceMajeureReason) {
        this.forceMajeureReason = forceMajeureReason;
    }
}

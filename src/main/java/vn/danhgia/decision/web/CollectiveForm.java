package vn.danhgia.decision.web;

/** A leadership collective's result as posted from the board; counts stay text until checked. */
public class CollectiveForm extends DecisionBoardViewFields {

    private long unit;
    private int year;
    private int quarter;
    private String assigned;
    private String done;
    private String excused;
    private String forceMajeureReason;
    private String level;
    private String version;

    public long getUnit() {
        return unit;
    }

    public void setUnit(long unit) {
        this.unit = unit;
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

    public String getAssigned() {
        return assigned;
    }

    public void setAssigned(String assigned) {
        this.assigned = assigned;
    }

    public String getDone() {
        return done;
    }

    public void setDone(String done) {
        this.done = done;
    }

    public String getExcused() {
        return excused;
    }

    public void setExcused(String excused) {
        this.excused = excused;
    }

    public String getForceMajeureReason() {
        return forceMajeureReason;
    }

    public void setForceMajeureReason(String forceMajeureReason) {
        this.forceMajeureReason = forceMajeureReason;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }
}

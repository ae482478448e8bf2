package vn.danhgia.catalog.web;

/** The form that starts a new catalogue version of a unit. */
public class NewCatalogForm {

    private Long unitId;
    private String title;
    private String standardPoints = "100";

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getStandardPoints() {
        return standardPoints;
    }

    public void setStandardPoints(String standardPoints) {
        this.standardPoints = standardPoints;
    }
}

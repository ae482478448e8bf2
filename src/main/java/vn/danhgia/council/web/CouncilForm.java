package vn.danhgia.council.web;

import java.util.ArrayList;
import java.util.List;
import vn.danhgia.council.CouncilMemberInput;
import vn.danhgia.council.CouncilRole;
import vn.danhgia.platform.FieldViolation;

/**
 * The "lập hội đồng" form as typed: unit, year and quarter, and member rows of cadre and role. Values stay text so a
 * wrong value comes back to the page with a Vietnamese message instead of a conversion error; rows without a cadre
 * are left out.
 */
public class CouncilForm {

    /** Rows shown on a new form, and added by "Thêm dòng": enough for a unit's leadership without any script. */
    static final int ROWS = 5;

    private String unitId;
    private String year;
    private String quarter;
    private List<MemberRow> members = new ArrayList<>();

    static CouncilForm blank(int year, int quarter) {
        CouncilForm form = new CouncilForm();
        form.year = String.valueOf(year);
        form.quarter = String.valueOf(quarter);
        form.addRows();
        form.members.get(0).setRole(CouncilRole.CHAIR.name());
        return form;
    }

    /** Tops a form that came back with fewer rows than a new one up to that number, so members can be chosen. */
    void fillUpRows() {
        while (members.size() < ROWS) {
            members.add(MemberRow.member());
        }
    }

    void addRows() {
        for (int i = 0; i < ROWS; i++) {
            members.add(MemberRow.member());
        }
    }

    Long unit() {
        return number(unitId);
    }

    Integer yearNumber() {
        Long value = number(year);
        return value == null || value > Integer.MAX_VALUE ? null : value.intValue();
    }

    Integer quarterNumber() {
        Long value = number(quarter);
        return value == null || value > 4 ? null : value.intValue();
    }

    /** The filled rows as the service takes them; a row it cannot read is refused as the API refuses it. */
    List<CouncilMemberInput> memberInputs(List<FieldViolation> violations) {
        List<CouncilMemberInput> inputs = new ArrayList<>();
        for (MemberRow row : members) {
            if (row.getCadreId() == null || row.getCadreId().isBlank()) {
                continue;
            }
            Long cadre = number(row.getCadreId());
            CouncilRole role = role(row.getRole());
            if (cadre == null || role == null) {
                violations.add(FieldViolation.of("members", "review.council.memberUnknown"));
                return List.of();
            }
            inputs.add(new CouncilMemberInput(cadre, role));
        }
        return inputs;
    }

    private static CouncilRole role(String value) {
        for (CouncilRole role : CouncilRole.values()) {
            if (role.name().equals(value)) {
                return role;
            }
        }
        return null;
    }

    private static Long number(String value) {
        if (value == null || value.isBlank() || !value.strip().matches("\\d{1,18}")) {
            return null;
        }
        return Long.valueOf(value.strip());
    }

    public String getUnitId() {
        return unitId;
    }

    public void setUnitId(String unitId) {
        this.unitId = unitId;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }

    public String getQuarter() {
        return quarter;
    }

    public void setQuarter(String quarter) {
        this.quarter = quarter;
    }

    public List<MemberRow> getMembers() {
        return members;
    }

    public void setMembers(List<MemberRow> members) {
        this.members = members;
    }

    /** One member row: the cadre's id and the role's name. */
    public static class MemberRow {

        private String cadreId;
        private String role;

        /** An empty row whose role is preset to member, the usual choice. */
        static MemberRow member() {
            MemberRow row = new MemberRow();
            row.role = CouncilRole.MEMBER.name();
            return row;
        }

        public String getCadreId() {
            return cadreId;
        }

        public void setCadreId(String cadreId) {
            this.cadreId = cadreId;
        }

        public String getRole() {
            return role;
        }

        public void setRole(String role) {
            this.role = role;
        }
    }
}

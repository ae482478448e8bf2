package vn.danhgia.organization.web;

import vn.danhgia.organization.NewUnit;
import vn.danhgia.organization.UnitId;
import vn.danhgia.organization.UnitKind;
import vn.danhgia.organization.UnitView;
import vn.danhgia.organization.Versioned;

/**
 * The unit form: code, name, kind and the unit above. A further column (an issuing body, say) is one more property
 * here, one more component of {@link NewUnit} and one more field in {@code organization/unit-form.html}.
 */
public class UnitForm {

    private String code;
    private String name;
    private UnitKind kind;
    private Long parent;
    private long version;

    static UnitForm of(Versioned<UnitView> stored) {
        UnitView unit = stored.value();
        UnitForm form = new UnitForm();
        form.code = unit.code();
        form.name = unit.name();
        form.kind = unit.kind();
        form.parent = unit.parent() == null ? null : unit.parent().value();
        form.version = stored.version();
        return form;
    }

    NewUnit toUnit() {
        return new NewUnit(trimmed(code), trimmed(name), kind, parent == null ? null : new UnitId(parent));
    }

    static String trimmed(String text) {
        return text == null ? null : text.strip();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public UnitKind getKind() {
        return kind;
    }

    public void setKind(UnitKind kind) {
        this.kind = kind;
    }

    public Long getParent() {
        return parent;
    }

    public void setParent(Long parent) {
        this.parent = parent;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}

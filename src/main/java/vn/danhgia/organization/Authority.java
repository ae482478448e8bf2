package vn.danhgia.organization;

import static java.util.stream.Collectors.joining;

import java.util.List;

/**
 * The authority that evaluates or decides for a position. Seed 000 §III.1 names joint authorities ("Đảng uỷ, Lãnh
 * đạo Văn phòng UBND tỉnh", "Chi bộ, các Phòng, ban, trung tâm"), so an authority is one or more units, in the order
 * they were assigned.
 *
 * @param basis the document that set the scope, e.g. the office's quarterly evaluation plan, section III.1.1;
 *              empty when nobody has been assigned
 */
public record Authority(List<AuthorityUnit> units, String basis) {

    public static final Authority NONE = new Authority(List.of(), "");

    public Authority {
        units = List.copyOf(units);
    }

    /** The name as the seeds write it: the units' names joined by commas. */
    public String name() {
        return units.stream().map(AuthorityUnit::name).collect(joining(", "));
    }

    public boolean isEmpty() {
        return units.isEmpty();
    }

    public boolean includes(UnitId unit) {
        return units.stream().anyMatch(candidate -> candidate.id().equals(unit));
    }
}

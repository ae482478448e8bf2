package vn.danhgia.organization.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.danhgia.organization.UnitId;
import vn.danhgia.organization.UnitView;
import vn.danhgia.organization.Versioned;

/** The units in tree order, each with its depth, so a list and a parent picker show where a unit sits. */
record UnitTree(UnitView unit, int depth, String parentName) {

    static List<UnitTree> of(List<Versioned<UnitView>> stored) {
        Map<UnitId, UnitView> byId = new HashMap<>();
        Map<UnitId, List<UnitView>> children = new HashMap<>();
        List<UnitView> tops = new ArrayList<>();
        for (Versioned<UnitView> entry : stored) {
            byId.put(entry.value().id(), entry.value());
        }
        for (UnitView unit : byId.values()) {
            if (unit.parent() == null || !byId.containsKey(unit.parent())) {
                tops.add(unit);
            } else {
                children.computeIfAbsent(unit.parent(), parent -> new ArrayList<>()).add(unit);
            }
        }
        List<UnitTree> rows = new ArrayList<>();
        tops.stream().sorted(Comparator.comparing(UnitView::code))
                .forEach(top -> add(top, 0, byId, children, rows));
        return rows;
    }

    private static void add(UnitView unit, int depth, Map<UnitId, UnitView> byId, Map<UnitId, List<UnitView>> children,
                            List<UnitTree> rows) {
        UnitView parent = unit.parent() == null ? null : byId.get(unit.parent());
        rows.add(new UnitTree(unit, depth, parent == null ? null : parent.name()));
        children.getOrDefault(unit.id(), List.of()).stream().sorted(Comparator.comparing(UnitView::code))
                .forEach(child -> add(child, depth + 1, byId, children, rows));
    }
}

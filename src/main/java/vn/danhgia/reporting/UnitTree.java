package vn.danhgia.reporting;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.danhgia.reporting.ProgressBoardSql.UnitRow;

/**
 * The units as a tree, for narrowing the board or a summary table to a unit's subtree and listing the units in tree
 * order.
 */
final class UnitTree {

    private final Map<Long, UnitRow> byId = new HashMap<>();
    private final Map<Long, List<UnitRow>> children = new HashMap<>();

    UnitTree(List<UnitRow> units) {
        for (UnitRow unit : units) {
            byId.put(unit.id(), unit);
            if (unit.parentId() != null) {
                children.computeIfAbsent(unit.parentId(), parent -> new ArrayList<>()).add(unit);
            }
        }
    }

    boolean contains(long unit) {
        return byId.containsKey(unit);
    }

    String name(long unit) {
        return byId.get(unit).name();
    }

    /** The units of {@code units} whose parent is not among them: the tops of what a person sees. */
    List<Long> tops(Set<Long> units) {
        return units.stream().filter(id -> byId.containsKey(id))
                .filter(id -> byId.get(id).parentId() == null || !units.contains(byId.get(id).parentId()))
                .sorted().toList();
    }

    Set<Long> allUnits() {
        return new HashSet<>(byId.keySet());
    }

    /** The unit with its code and name (depth 0). */
    UnitOption option(long unit) {
        UnitRow row = byId.get(unit);
        return new UnitOption(row.id(), row.code(), row.name(), 0);
    }

    /** The units without a parent, in id order. */
    List<Long> roots() {
        return byId.values().stream().filter(unit -> unit.parentId() == null).map(UnitRow::id).sorted().toList();
    }

    Long parent(long unit) {
        return byId.get(unit).parentId();
    }

    /** The units directly below {@code unit}, in code order. */
    List<Long> children(long unit) {
        return children.getOrDefault(unit, List.of()).stream().sorted(Comparator.comparing(UnitRow::code))
                .map(UnitRow::id).toList();
    }

    Set<Long> subtree(long root) {
        Set<Long> found = new HashSet<>(List.of(root));
        Deque<Long> pending = new ArrayDeque<>(List.of(root));
        while (!pending.isEmpty()) {
            for (UnitRow child : children.getOrDefault(pending.pop(), List.of())) {
                if (found.add(child.id())) {
                    pending.push(child.id());
                }
            }
        }
        return found;
    }

    /** The visible units depth first, each top visible unit followed by the visible units below it. */
    List<UnitOption> options(Set<Long> visible) {
        List<UnitOption> options = new ArrayList<>();
        byId.values().stream()
                .filter(unit -> visible.contains(unit.id())
                        && (unit.parentId() == null || !visible.contains(unit.parentId())))
                .sorted(Comparator.comparing(UnitRow::code))
                .forEach(top -> addWithChildren(top, 0, visible, options));
        return options;
    }

    private void addWithChildren(UnitRow unit, int depth, Set<Long> visible, List<UnitOption> options) {
        options.add(new UnitOption(unit.id(), unit.code(), unit.name(), depth));
        children.getOrDefault(unit.id(), List.of()).stream().filter(child -> visible.contains(child.id()))
                .sorted(Comparator.comparing(UnitRow::code))
                .forEach(child -> addWithChildren(child, depth + 1, visible, options));
    }
}

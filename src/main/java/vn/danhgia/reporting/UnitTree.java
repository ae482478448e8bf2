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

/**
 * The units as a tree, for narrowing the board or a summary table to a unit's subtree and listing the units in tree
 * order.
 */
public final class UnitTree {

    /** A unit as the tree holds it. */
    record Unit(long id, Long parentId, String code, String name) {
    }

    private final Map<Long, Unit> byId = new HashMap<>();
    private final Map<Long, List<Unit>> children = new HashMap<>();

    UnitTree(List<Unit> units) {
        for (Unit unit : units) {
            byId.put(unit.id(), unit);
            if (unit.parentId() != null) {
                children.computeIfAbsent(unit.parentId(), parent -> new ArrayList<>()).add(unit);
            }
        }
    }

    public boolean contains(long unit) {
        return byId.containsKey(unit);
    }

    public String name(long unit) {
        return byId.get(unit).name();
    }

    /** The units of {@code units} whose parent is not among them: the tops of what a person sees. */
    public List<Long> tops(Set<Long> units) {
        return units.stream().filter(id -> byId.containsKey(id))
                .filter(id -> byId.get(id).parentId() == null || !units.contains(byId.get(id).parentId()))
                .sorted().toList();
    }

    public Set<Long> allUnits() {
        return new HashSet<>(byId.keySet());
    }

    /** The unit with its code and name (depth 0). */
    public UnitOption option(long unit) {
        Unit row = byId.get(unit);
        return new UnitOption(row.id(), row.code(), row.name(), 0);
    }

    /** The units without a parent, in id order. */
    public List<Long> roots() {
        return byId.values().stream().filter(unit -> unit.parentId() == null).map(Unit::id).sorted().toList();
    }

    public Long parent(long unit) {
        return byId.get(unit).parentId();
    }

    /** The units directly below {@code unit}, in code order. */
    public List<Long> children(long unit) {
        return children.getOrDefault(unit, List.of()).stream().sorted(Comparator.comparing(Unit::code))
                .map(Unit::id).toList();
    }

    public Set<Long> subtree(long root) {
        Set<Long> found = new HashSet<>(List.of(root));
        Deque<Long> pending = new ArrayDeque<>(List.of(root));
        while (!pending.isEmpty()) {
            for (Unit child : children.getOrDefault(pending.pop(), List.of())) {
                if (found.add(child.id())) {
                    pending.push(child.id());
                }
            }
        }
        return found;
    }

    /** The visible units depth first, each top visible unit followed by the visible units below it. */
    public List<UnitOption> options(Set<Long> visible) {
        List<UnitOption> options = new ArrayList<>();
        byId.values().stream()
                .filter(unit -> visible.contains(unit.id())
                        && (unit.parentId() == null || !visible.contains(unit.parentId())))
                .sorted(Comparator.comparing(Unit::code))
                .forEach(top -> addWithChildren(top, 0, visible, options));
        return options;
    }

    private void addWithChildren(Unit unit, int depth, Set<Long> visible, List<UnitOption> options) {
        options.add(new UnitOption(unit.id(), unit.code(), unit.name(), depth));
        children.getOrDefault(unit.id(), List.of()).stream().filter(child -> visible.contains(child.id()))
                .sorted(Comparator.comparing(Unit::code))
                .forEach(child -> addWithChildren(child, depth + 1, visible, options));
    }
}

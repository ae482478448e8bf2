package vn.danhgia.membership.internal;

import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.danhgia.organization.UnitId;
import vn.danhgia.organization.UnitView;

/** The units as a tree, read once per request. */
final class UnitTree {

    private final Map<Long, UnitView> byId = new HashMap<>();
    private final Map<Long, List<UnitView>> children = new HashMap<>();

    private UnitTree(List<UnitView> units) {
        for (UnitView unit : units) {
            byId.put(unit.id().value(), unit);
            if (unit.parent() != null) {
                children.computeIfAbsent(unit.parent().value(), key -> new ArrayList<>()).add(unit);
            }
        }
    }

    static UnitTree of(List<UnitView> units) {
        return new UnitTree(units);
    }

    Optional<UnitView> unit(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    String name(long id) {
        return unit(id).map(UnitView::name).orElse("");
    }

    /** The units directly below the unit. */
    List<UnitView> children(long id) {
        return children.getOrDefault(id, List.of());
    }

    /** The unit and every unit below it, by code; empty for an unknown unit. */
    List<UnitView> under(UnitId root) {
        UnitView top = byId.get(root.value());
        if (top == null) {
            return List.of();
        }
        List<UnitView> result = new ArrayList<>();
        Deque<UnitView> todo = new ArrayDeque<>(List.of(top));
        while (!todo.isEmpty()) {
            UnitView unit = todo.pop();
            result.add(unit);
            todo.addAll(children.getOrDefault(unit.id().value(), List.of()));
        }
        result.sort(Comparator.comparing(UnitView::code));
        return result;
    }

    boolean isUnder(long unit, UnitId root) {
        for (UnitView view : withParents(new UnitId(unit))) {
            if (view.id().equals(root)) {
                return true;
            }
        }
        return false;
    }

    /** The unit and the units above it, the unit first. */
    List<UnitView> withParents(UnitId unit) {
        List<UnitView> chain = new ArrayList<>();
        UnitView current = byId.get(unit.value());
        while (current != null && chain.size() < 100) {
            chain.add(current);
            current = current.parent() == null ? null : byId.get(current.parent().value());
        }
        return chain;
    }
}

package vn.danhgia.scheme;

import java.util.List;

/** A group of the general criteria (seed 002 Mẫu 03 I.A: groups 1, 2 and 3) with its official title. */
public record CriterionGroup(int number, String title, List<CriterionDefinition> items) {

    public CriterionGroup {
        items = List.copyOf(items);
    }
}

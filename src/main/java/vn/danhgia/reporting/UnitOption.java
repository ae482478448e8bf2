package vn.danhgia.reporting;

import java.util.List;

/** A unit the board can be narrowed to; depth 0 for the top units the person sees, for indenting the list. */
public record UnitOption(long id, String code, String name, int depth) {

    /** The most units a page's filter lists inline; above, the list is loaded when first opened (issue 15 §2). */
    public static final int INLINE = 50;

    /** Whether a filter of these units is too long to write into every page. */
    public static boolean loadedLazily(List<UnitOption> units) {
        return units.size() > INLINE;
    }

    /** The chosen unit as the filter lists it; null when none is chosen or it is not among them. */
    public static UnitOption chosen(List<UnitOption> units, Long chosenId) {
        return chosenId == null ? null
                : units.stream().filter(option -> option.id() == chosenId).findFirst().orElse(null);
    }
}

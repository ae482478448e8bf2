package vn.danhgia.organization;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whose evaluation records a person may see and act on, on a date (seed 002 §2.2, seed 000 §III.1: thẩm quyền đánh
 * giá). It is the union of what each of the person's roles brings:
 * <ul>
 *   <li>every cadre: their own records;</li>
 *   <li>unit head (the unit's leadership): the cadres of the units they lead as head or deputy and of the units below
 *       them; they approve the plans of people ranked below them there, and of everyone in the units below;</li>
 *   <li>personnel officer: the cadres of the units their office serves, subtrees included;</li>
 *   <li>authority: the cadres in the management scope of the units they belong to (and of the leadership collective
 *       of a unit they lead), who are the people the authority evaluates or decides for.</li>
 * </ul>
 *
 * @param leads      units the person leads, with their rank there
 * @param belowLed   units strictly below the units they lead
 * @param served     units served by their personnel office, subtrees included
 * @param managed    cadres in the management scope of their authority units
 */
public record AccessScope(Optional<CadreId> self, Map<UnitId, PositionRank> leads, Set<UnitId> belowLed,
                          Set<UnitId> served, Set<CadreId> managed) {

    public AccessScope {
        leads = Map.copyOf(leads);
        belowLed = Set.copyOf(belowLed);
        served = Set.copyOf(served);
        managed = Set.copyOf(managed);
    }

    public static AccessScope onlySelf(Optional<CadreId> self) {
        return new AccessScope(self, Map.of(), Set.of(), Set.of(), Set.of());
    }

    public boolean isSelf(CadreId cadre) {
        return self.isPresent() && self.get().equals(cadre);
    }

    /** Whether the person may read the cadre's evaluation records. */
    public boolean canSee(CadreId cadre, List<CadrePost> postsOfCadre) {
        if (isSelf(cadre) || managed.contains(cadre)) {
            return true;
        }
        return postsOfCadre.stream().anyMatch(post -> leads.containsKey(post.unit())
                || belowLed.contains(post.unit()) || served.contains(post.unit()));
    }

    /**
     * Whether the person, as the unit's leadership or as the authority, may approve or return the cadre's plan and
     * its amendments. Nobody approves their own.
     */
    public boolean canApprove(CadreId cadre, List<CadrePost> postsOfCadre) {
        if (isSelf(cadre)) {
            return false;
        }
        if (managed.contains(cadre)) {
            return true;
        }
        return postsOfCadre.stream().anyMatch(post -> belowLed.contains(post.unit())
                || outranks(leads.get(post.unit()), post.rank()));
    }

    /** The units whose cadres the person sees as a unit head or personnel officer (not counting their own records). */
    public Set<UnitId> visibleUnits() {
        Set<UnitId> units = new HashSet<>(leads.keySet());
        units.addAll(belowLed);
        units.addAll(served);
        return units;
    }

    private static boolean outranks(PositionRank leaderRank, PositionRank rank) {
        return leaderRank != null && leaderRank.ordinal() < rank.ordinal();
    }
}

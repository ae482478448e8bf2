package vn.danhgia.organization;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import vn.danhgia.platform.Actor;

/** Works out a person's {@link AccessScope} from their roles and the organisation on a date. */
public interface AccessScopes {

    AccessScope of(Actor actor, LocalDate date);

    /** The units and ranks of the positions the cadre holds on the date. */
    List<CadrePost> postsOf(CadreId cadre, LocalDate date);

    /** The same for many cadres with one query: cadres without a post on the date are missing from the map. */
    Map<CadreId, List<CadrePost>> postsOf(Collection<CadreId> cadres, LocalDate date);

    // A person's own records need no scope: they always see them and never approve them.
    default boolean canSee(Actor actor, CadreId cadre, LocalDate date) {
        return actor.isCadre(cadre.value()) || of(actor, date).canSee(cadre, postsOf(cadre, date));
    }

    default boolean canApprove(Actor actor, CadreId cadre, LocalDate date) {
        return !actor.isCadre(cadre.value()) && of(actor, date).canApprove(cadre, postsOf(cadre, date));
    }
}

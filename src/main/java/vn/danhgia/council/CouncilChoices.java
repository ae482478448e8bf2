package vn.danhgia.council;

import java.util.List;
import vn.danhgia.organization.CadreWithPosition;
import vn.danhgia.organization.UnitView;

/**
 * What the "lập hội đồng" form offers the signed-in person today: the units they may set a council up for, by name,
 * and the cadres who may sit on the council of one of them, each once with their first post, in the organisation's
 * order. Nobody outside those councils' scope is named.
 */
public record CouncilChoices(List<UnitView> units, List<CadreWithPosition> cadres) {

    public CouncilChoices {
        units = List.copyOf(units);
        cadres = List.copyOf(cadres);
    }
}

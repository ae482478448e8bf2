package vn.danhgia.decision;

import java.util.List;
import java.util.Optional;

/** A cadre the authority manages, with what it must act on for the year (seed 002 §5). */
public record CadreAlerts(long cadreId, String code, String fullName, List<CadreRatingHistory.Alert> alerts,
                          Optional<CadreRatingHistory.YearFlag> yearFlag) {

    public CadreAlerts {
        alerts = List.copyOf(alerts);
    }
}

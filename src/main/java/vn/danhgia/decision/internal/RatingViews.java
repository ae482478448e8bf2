package vn.danhgia.decision.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.danhgia.decision.QuarterRating;
import vn.danhgia.decision.RatingView;
import vn.danhgia.organization.CadreId;
import vn.danhgia.organization.CadreView;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.organization.UnitId;

/** Turns stored ratings into views, naming their cadres with one query. */
@Component
class RatingViews {

    private final OrganizationQueries organization;

    RatingViews(OrganizationQueries organization) {
        this.organization = organization;
    }

    List<RatingView> of(List<QuarterRating> ratings) {
        Map<CadreId, String> names = organization.cadres(ratings.stream().map(r -> new CadreId(r.cadreId()))
                        .distinct().toList()).stream()
                .collect(Collectors.toMap(CadreView::id, CadreView::fullName, (a, b) -> a));
        return ratings.stream().map(rating -> view(rating, names::get)).toList();
    }

    RatingView of(QuarterRating rating) {
        return of(List.of(rating)).get(0);
    }

    private static RatingView view(QuarterRating r, Function<CadreId, String> names) {
        CadreId cadre = new CadreId(r.cadreId());
        QuarterRating.Inputs inputs = r.inputs();
        return new RatingView(r.getId(), r.version(), cadre, names.apply(cadre), new UnitId(r.unitId()), r.quarter(),
                r.status(), r.headProposedLevel(), r.headProposedBy(), r.headProposedAt(), r.headComment(),
                inputs.selfProposed(), inputs.appraisal(), inputs.council(), inputs.suggested(), r.decidedLevel(),
                r.decisionComment(), r.forceMajeureReason(), r.discrepancy(), r.quotaGroup(), r.quotaRank(),
                r.decidedBy(), r.decidedAt(), r.announcedBy(), r.announcedAt(), r.cancelledBy(), r.cancelledAt(),
                r.cancelReason(), r.replacesId());
    }
}

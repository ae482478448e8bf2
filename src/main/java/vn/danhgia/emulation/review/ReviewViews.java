package vn.danhgia.emulation.review;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.danhgia.emulation.CandidateEligibility;
import vn.danhgia.emulation.EmulationEligibility;
import vn.danhgia.emulation.EmulationReviewStatus;
import vn.danhgia.emulation.EmulationReviewView;
import vn.danhgia.emulation.NominationView;
import vn.danhgia.emulation.UnitEligibility;
import vn.danhgia.emulation.eligibility.EmulationScope;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.organization.UnitId;
import vn.danhgia.organization.UnitView;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.RecordNotFoundException;
import vn.danhgia.rules.emulation.EmulationRules;
import vn.danhgia.rules.emulation.EmulationThresholds;
import vn.danhgia.rules.emulation.EmulationTitle;
import vn.danhgia.scheme.EmulationSettings;

/**
 * A review meeting as its reader sees it: the candidates with the engine's eligibility, each nomination named with its
 * registered target and the vote its title needs under the unit's settings, and the cap of Chiến sĩ thi đua cơ sở.
 */
@Component
class ReviewViews {

    private final EmulationEligibility eligibility;
    private final EmulationScope scope;
    private final EmulationSettings settings;
    private final OrganizationQueries organization;

    ReviewViews(EmulationEligibility eligibility, EmulationScope scope, EmulationSettings settings,
                OrganizationQueries organization) {
        this.eligibility = eligibility;
        this.scope = scope;
        this.settings = settings;
        this.organization = organization;
    }

    /** The unit's emulation settings, chosen by the codes of the unit and its parents. */
    EmulationThresholds thresholds(long unitId) {
        UnitView unit = organization.unit(new UnitId(unitId))
                .orElseThrow(() -> new RecordNotFoundException("UNIT", unitId));
        return settings.forUnitCodes(organization.unitWithParents(unit.id()).stream().map(UnitView::code).toList());
    }

    EmulationReviewView view(Actor actor, EmulationReview review) {
        UnitEligibility candidates = eligibility.ofUnit(review.unitId(), review.year());
        EmulationThresholds thresholds = thresholds(review.unitId());
        EmulationRules rules = new EmulationRules(thresholds);
        List<NominationView> nominations = review.nominations().stream().map(nomination -> {
            CandidateEligibility candidate = candidates.candidate(nomination.nominee()).orElse(null);
            return new NominationView(nomination.id(), nomination.version(), nomination.nominee(),
                    candidate == null ? "" : candidate.name(), nomination.title(),
                    candidate == null ? null : candidate.registeredTarget(), nomination.eligible(),
                    nomination.votesFor(), nomination.votesAgainst(), nomination.outcome(),
                    thresholds.voteFor(nomination.title()));
        }).toList();
        int advanced = (int) review.chosen(EmulationTitle.ADVANCED_WORKER);
        EmulationReviewView.FighterCap cap = new EmulationReviewView.FighterCap(advanced,
                rules.allowedGrassrootsFighters(advanced),
                (int) review.chosen(EmulationTitle.GRASSROOTS_EMULATION_FIGHTER));
        return new EmulationReviewView(review.id(), review.version(), review.unitId(), candidates.unitName(),
                review.year(), review.status(), review.minutes(), review.openedBy(), review.openedAt(),
                review.closedBy(), review.closedAt(),
                review.status() == EmulationReviewStatus.OPEN && scope.conducts(actor, review.unitId()), nominations,
                cap, candidates);
    }
}

package vn.danhgia.membership.internal;

import java.time.LocalDate;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danhgia.membership.CollectiveSubject;
import vn.danhgia.membership.MembershipAdministration;
import vn.danhgia.membership.MembershipChange;
import vn.danhgia.membership.PartyMembershipView;
import vn.danhgia.membership.ReviewSubjects;
import vn.danhgia.membership.Reviewee;
import vn.danhgia.membership.SubjectsAccess;
import vn.danhgia.membership.SubjectsOverview;
import vn.danhgia.organization.AccessScope;
import vn.danhgia.organization.AccessScopes;
import vn.danhgia.organization.CadreId;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.organization.UnitId;
import vn.danhgia.organization.UnitView;
import vn.danhgia.platform.AccessRefusedException;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.CurrentActor;
import vn.danhgia.platform.RecordNotFoundException;
import vn.danhgia.platform.Role;

@Service
class ScopedSubjects implements SubjectsAccess {

    private final ReviewSubjects subjects;
    private final MembershipAdministration administration;
    private final OrganizationQueries organization;
    private final AccessScopes scopes;
    private final CurrentActor currentActor;
    private final java.time.Clock clock;

    ScopedSubjects(ReviewSubjects subjects, MembershipAdministration administration, OrganizationQueries organization,
                   AccessScopes scopes, CurrentActor currentActor, java.time.Clock clock) {
        this.subjects = subjects;
        this.administration = administration;
        this.organization = organization;
        this.scopes = scopes;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public SubjectsOverview overview(UnitId unit, int year) {
        UnitView view = organization.unit(unit).orElseThrow(() -> new RecordNotFoundException("UNIT", unit.value()));
        LocalDate review = SubjectsOverview.reviewDateOf(year);
        if (!mayRead(currentActor.get(), unit, review)) {
            throw new AccessRefusedException("membership.refused.not-in-scope");
        }
        // Every collective's and everyone's authority in one read each, not one at a time (issue 15 §2).
        var underUnit = subjects.collectivesUnder(unit, review);
        var collectiveAuthorities = subjects.authoritiesForCollectives(underUnit.stream()
                .map(CollectiveSubject::unit).toList(), review);
        var collectives = underUnit.stream()
                .map(subject -> new SubjectsOverview.Collective(subject, collectiveAuthorities.get(subject.unit())))
                .toList();
        var reviewees = subjects.revieweesUnder(unit, review);
        var authorities = subjects.authoritiesFor(reviewees.stream().map(Reviewee::cadre).toList(), review);
        var individuals = reviewees.stream()
                .map(reviewee -> new SubjectsOverview.Individual(reviewee, authorities.get(reviewee.cadre())))
                .toList();
        return new SubjectsOverview(view, year, review, collectives, individuals);
    }

    @Override
    @Transactional
    public PartyMembershipView recordMembership(CadreId cadre, MembershipChange change, Long expectedVersion) {
        organization.cadre(cadre).orElseThrow(() -> new RecordNotFoundException("CADRE", cadre.value()));
        Actor actor = currentActor.get();
        LocalDate today = LocalDate.now(clock);
        if (!actor.has(Role.ADMIN)) {
            boolean personnel = actor.has(Role.PERSONNEL_OFFICER) && serves(actor, cadre, change, today);
            if (!personnel) {
                throw new AccessRefusedException("membership.refused.not-personnel");
            }
        }
        return administration.record(cadre, change, expectedVersion);
    }

    private boolean serves(Actor actor, CadreId cadre, MembershipChange change, LocalDate today) {
        Set<UnitId> served = scopes.of(actor, today).served();
        if (scopes.postsOf(cadre, today).stream().anyMatch(post -> served.contains(post.unit()))) {
            return true;
        }
        UnitId cell = change.cell() != null ? change.cell()
                : subjects.membership(cadre).map(PartyMembershipView::cell).orElse(null);
        return cell != null && served.contains(cell);
    }

    private boolean mayRead(Actor actor, UnitId unit, LocalDate date) {
        if (actor.has(Role.ADMIN)) {
            return true;
        }
        AccessScope scope = scopes.of(actor, date.isAfter(LocalDate.now(clock)) ? LocalDate.now(clock) : date);
        Set<UnitId> visible = scope.visibleUnits();
        return organization.unitWithParents(unit).stream().anyMatch(candidate -> visible.contains(candidate.id()));
    }
}

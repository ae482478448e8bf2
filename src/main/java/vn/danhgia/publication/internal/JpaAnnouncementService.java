package vn.danhgia.publication.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danhgia.decision.QuarterRating;
import vn.danhgia.decision.QuarterRatingRepository;
import vn.danhgia.decision.RatingStatus;
import vn.danhgia.organization.CadreId;
import vn.danhgia.organization.CadreView;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.organization.UnitId;
import vn.danhgia.organization.UnitView;
import vn.danhgia.platform.AccessRefusedException;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.AuditRecord;
import vn.danhgia.platform.AuditTrail;
import vn.danhgia.platform.CurrentActor;
import vn.danhgia.platform.RecordNotFoundException;
import vn.danhgia.platform.Role;
import vn.danhgia.platform.RuleRefusedException;
import vn.danhgia.platform.VietnameseText;
import vn.danhgia.publication.AnnouncementService;
import vn.danhgia.publication.OwnResult;
import vn.danhgia.publication.PublicNotice;
import vn.danhgia.publication.RatingKind;
import vn.danhgia.publication.RatingsAnnounced;
import vn.danhgia.publication.UnitAnnouncementView;
import vn.danhgia.scheme.Quarter;

/**
 * Announces a unit's quarter: every live rating must be decided; each is re-read with a forced version increment, so a
 * decision racing the announcement fails on one side and never slips in unannounced. Access as {@link UnitAccess}.
 */
@Service
class JpaAnnouncementService implements AnnouncementService {

    static final String RATING = "QUARTER_RATING";

    private final QuarterRatingRepository ratings;
    private final ComplaintRepository complaints;
    private final UnitAccess unitAccess;
    private final ComplaintWindow window;
    private final OrganizationQueries organization;
    private final CurrentActor currentActor;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate writing;
    private final TransactionTemplate reading;

    JpaAnnouncementService(QuarterRatingRepository ratings, ComplaintRepository complaints, UnitAccess unitAccess,
                           ComplaintWindow window, OrganizationQueries organization, CurrentActor currentActor,
                           AuditTrail audit, ApplicationEventPublisher events, Clock clock,
                           PlatformTransactionManager transactions) {
        this.ratings = ratings;
        this.complaints = complaints;
        this.unitAccess = unitAccess;
        this.window = window;
        this.organization = organization;
        this.currentActor = currentActor;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.writing = new TransactionTemplate(transactions);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    @Override
    public UnitAnnouncementView announce(long unitId, int year, int quarter) {
        Actor actor = currentActor.get();
        writing.executeWithoutResult(status -> {
            List<QuarterRating> live = live(unitId, year, quarter);
            UnitAccess.Rights rights = rights(actor, unitId, year, quarter, live);
            if (!rights.keeps()) {
                throw new AccessRefusedException("review.announcement.notAnnouncer");
            }
            requireAllDecided(live);
            List<QuarterRating> decided = live.stream().filter(r -> r.status() == RatingStatus.DECIDED).toList();
            if (decided.isEmpty()) {
                throw new RuleRefusedException(live.isEmpty() ? "review.announcement.nothing"
                        : "review.announcement.already");
            }
            List<RatingsAnnounced.Announced> announced = new ArrayList<>();
            for (QuarterRating read : decided) {
                QuarterRating rating = ratings.findForChange(read.getId()).orElseThrow();
                QuarterRating.Snapshot before = rating.snapshot();
                rating.announce(actor.username(), clock.instant());
                audit.record(new AuditRecord("RATING_ANNOUNCED", RATING, rating.getId(), rating.cadreId(), before,
                        rating.snapshot()));
                // From now on the cadre reads how the rating was proposed and decided, as their history shows it.
                audit.release(RATING, rating.getId());
                announced.add(new RatingsAnnounced.Announced(rating.getId(), rating.cadreId()));
            }
            ratings.flush();
            events.publishEvent(new RatingsAnnounced(unitId, rights.unit().name(), rights.quarter(), announced));
        });
        return announcement(unitId, year, quarter);
    }

    private void requireAllDecided(List<QuarterRating> live) {
        Map<Long, CadreView> people = people(live);
        String proposed = names(live, RatingStatus.PROPOSED, people);
        String upward = names(live, RatingStatus.PROPOSED_UPWARD, people);
        if (!proposed.isEmpty() || !upward.isEmpty()) {
            throw new RuleRefusedException("review.announcement.notAllDecided",
                    proposed.isEmpty() ? "—" : proposed, upward.isEmpty() ? "—" : upward);
        }
    }

    private static String names(List<QuarterRating> live, RatingStatus status, Map<Long, CadreView> people) {
        return live.stream().filter(r -> r.status() == status)
                .map(r -> people.get(r.cadreId()))
                .map(cadre -> cadre.fullName() + " (" + cadre.code() + ")")
                .collect(Collectors.joining(", "));
    }

    @Override
    public UnitAnnouncementView announcement(long unitId, int year, int quarter) {
        Actor actor = currentActor.get();
        return reading.execute(status -> {
            List<QuarterRating> live = live(unitId, year, quarter);
            UnitAccess.Rights rights = rights(actor, unitId, year, quarter, live);
            Map<Long, CadreView> people = people(live);
            List<UnitAnnouncementView.RatingRow> pending = !rights.keeps() ? List.of() : live.stream()
                    .map(r -> new UnitAnnouncementView.RatingRow(r.getId(), people.get(r.cadreId()).code(),
                            people.get(r.cadreId()).fullName(), r.status()))
                    .sorted(Comparator.comparing(UnitAnnouncementView.RatingRow::cadreCode))
                    .toList();
            List<UnitAnnouncementView.AnnouncedRow> announced = live.stream()
                    .filter(r -> r.status() == RatingStatus.ANNOUNCED)
                    .map(r -> new UnitAnnouncementView.AnnouncedRow(people.get(r.cadreId()).code(),
                            people.get(r.cadreId()).fullName(),
                            String.join(", ", rights.cadres().getOrDefault(r.cadreId(), List.of())),
                            r.decidedLevel(), r.announcedAt()))
                    .sorted(Comparator.comparing(UnitAnnouncementView.AnnouncedRow::cadreCode))
                    .toList();
            return new UnitAnnouncementView(unitId, rights.unit().name(), year, quarter, rights.keeps(), pending,
                    announced);
        });
    }

    @Override
    public PublicNotice publicNotice(long unitId, int year, int quarter) {
        Actor actor = currentActor.get();
        return reading.execute(status -> {
            List<QuarterRating> live = live(unitId, year, quarter);
            UnitAccess.Rights rights = unitAccess.of(actor, unitId, year, quarter,
                    live.stream().map(QuarterRating::cadreId).toList());
            UnitView body = unitAccess.body(unitId);
            if (!readsNotice(actor, body, rights::sees)) {
                throw new RecordNotFoundException(UnitAccess.UNIT, unitId);
            }
            List<QuarterRating> announced = live.stream().filter(r -> r.status() == RatingStatus.ANNOUNCED).toList();
            Map<Long, CadreView> people = people(announced);
            // The unit's posts in the order the organisation lists them (heads first), leavers after.
            List<Long> order = List.copyOf(rights.cadres().keySet());
            List<PublicNotice.Line> lines = announced.stream()
                    .sorted(Comparator.comparing(r -> order.indexOf(r.cadreId())))
                    .map(r -> new PublicNotice.Line(people.get(r.cadreId()).fullName(),
                            String.join(", ", rights.cadres().get(r.cadreId())), r.decidedLevel()))
                    .toList();
            LocalDate announcedOn = announced.stream().map(QuarterRating::announcedAt).max(Comparator.naturalOrder())
                    .map(at -> LocalDate.ofInstant(at, clock.getZone())).orElse(null);
            return new PublicNotice(unitId, rights.unit().name(), body.name(), year, quarter, announcedOn, lines);
        });
    }

    @Override
    public List<PublicNotice.Listed> publicNotices(int year, int quarter) {
        Actor actor = currentActor.get();
        Quarter period = UnitAccess.quarter(year, quarter);
        return reading.execute(status -> ratings.findUnitsAnnounced(period.year(), period.number()).stream()
                .map(unitId -> {
                    UnitView body = unitAccess.body(unitId);
                    boolean reads = readsNotice(actor, body, () -> unitAccess.of(actor, unitId, year, quarter,
                            live(unitId, year, quarter).stream().map(QuarterRating::cadreId).toList()).sees());
                    return reads ? new PublicNotice.Listed(unitId, unitName(unitId), body.name()) : null;
                })
                .filter(Objects::nonNull)
                .sorted(Comparator.comparing(PublicNotice.Listed::bodyName, VietnameseText.TEXT_ORDER)
                        .thenComparing(PublicNotice.Listed::unitName, VietnameseText.TEXT_ORDER))
                .toList());
    }

    /** Members of the unit's body and the administrator read the notice; others only if they see the unit. */
    private boolean readsNotice(Actor actor, UnitView body, BooleanSupplier seesUnit) {
        return actor.has(Role.ADMIN) || unitAccess.memberOf(actor, body) || seesUnit.getAsBoolean();
    }

    @Override
    public List<OwnResult> myResults() {
        Actor actor = currentActor.get();
        if (actor.cadreId().isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        return reading.execute(status -> ratings.findOfCadre(actor.cadreId().get()).stream()
                .filter(r -> r.status() == RatingStatus.ANNOUNCED || r.status() == RatingStatus.CANCELLED)
                .sorted(Comparator.comparing(QuarterRating::quarter).reversed()
                        .thenComparing(QuarterRating::getId, Comparator.reverseOrder()))
                .map(r -> {
                    LocalDate last = window.lastDay(r);
                    boolean open = complaints.findOfRatings(RatingKind.QUARTERLY, List.of(r.getId())).stream()
                            .anyMatch(c -> !c.status().answered());
                    return new OwnResult(r.getId(), r.unitId(), unitName(r.unitId()), r.quarter().year(),
                            r.quarter().number(), r.status(), r.decidedLevel(), r.announcedAt(), r.cancelledAt(),
                            r.cancelReason(), last, r.status() == RatingStatus.ANNOUNCED && last != null
                            && !today.isAfter(last) && !open);
                })
                .toList());
    }

    private UnitAccess.Rights rights(Actor actor, long unitId, int year, int quarter, List<QuarterRating> live) {
        UnitAccess.Rights rights = unitAccess.of(actor, unitId, year, quarter,
                live.stream().map(QuarterRating::cadreId).toList());
        if (!rights.sees()) {
            throw new RecordNotFoundException(UnitAccess.UNIT, unitId);
        }
        return rights;
    }

    private List<QuarterRating> live(long unitId, int year, int quarter) {
        Quarter period = UnitAccess.quarter(year, quarter);
        return ratings.findOfUnit(unitId, period.year(), period.number()).stream()
                .filter(r -> r.status() != RatingStatus.CANCELLED)
                .toList();
    }

    private Map<Long, CadreView> people(List<QuarterRating> ratings) {
        return organization.cadres(ratings.stream().map(r -> new CadreId(r.cadreId())).distinct().toList()).stream()
                .collect(Collectors.toMap(c -> c.id().value(), Function.identity()));
    }

    private String unitName(long unitId) {
        return organization.unit(new UnitId(unitId)).map(UnitView::name).orElse("");
    }
}

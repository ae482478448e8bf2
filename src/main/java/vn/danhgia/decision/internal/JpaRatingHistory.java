package vn.danhgia.decision.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danhgia.decision.CadreAlerts;
import vn.danhgia.decision.CadreRatingHistory;
import vn.danhgia.decision.DeferralView;
import vn.danhgia.decision.PeriodRef;
import vn.danhgia.decision.RatingHistory;
import vn.danhgia.decision.RatingStanding;
import vn.danhgia.decision.RatingStatus;
import vn.danhgia.organization.AccessScopes;
import vn.danhgia.organization.CadreId;
import vn.danhgia.organization.CadreView;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.platform.AccessRefusedException;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.CurrentActor;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.platform.RecordNotFoundException;
import vn.danhgia.platform.Role;
import vn.danhgia.rules.RatedPeriod;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.yearend.PeriodRating;
import vn.danhgia.rules.yearend.ReplacementAlert;
import vn.danhgia.rules.yearend.UnratedPeriod;
import vn.danhgia.rules.yearend.YearEndReview;
import vn.danhgia.scheme.Quarter;

/**
 * Reads quarter ratings with one SQL query for any number of cadres and hands the counted ones to
 * {@link YearEndReview}, the rule of seed 002 §5. Only quarters I–III are rated; year-end ratings join the sequence
 * once they are stored, so until then quarter III and next year's quarter I are not consecutive (seed 000 §I.2.2).
 */
@Service
class JpaRatingHistory implements RatingHistory {

    private final NamedParameterJdbcTemplate jdbc;
    private final RatingDeferralRepository deferrals;
    private final RatingExemptionRepository exemptions;
    private final OrganizationQueries organization;
    private final AccessScopes access;
    private final CurrentActor currentActor;
    private final Clock clock;
    private final TransactionTemplate reading;

    // The years a Quarter can name; outside them there is nothing to find and the request is a mistake.
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2200;

    JpaRatingHistory(NamedParameterJdbcTemplate jdbc, RatingDeferralRepository deferrals,
                     RatingExemptionRepository exemptions, OrganizationQueries organization, AccessScopes access,
                     CurrentActor currentActor, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.deferrals = deferrals;
        this.exemptions = exemptions;
        this.organization = organization;
        this.access = access;
        this.currentActor = currentActor;
        this.clock = clock;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    /** One stored rating as the history reads it. */
    private record StoredRating(long id, long cadreId, int year, int quarter, RatingStatus status,
                                RatingLevel proposed, RatingLevel decided, String decidedBy, Instant decidedAt,
                                Long replacesId, String cancelReason) {

        boolean counted() {
            return (status == RatingStatus.DECIDED || status == RatingStatus.ANNOUNCED) && decided != null
                    && quarter <= 3;
        }

        PeriodRef period() {
            return PeriodRef.of(new Quarter(year, quarter));
        }

        PeriodRating asPeriodRating() {
            return new PeriodRating(year, RatedPeriod.values()[quarter - 1], decided,
                    proposed != null ? proposed : decided);
        }
    }

    /** Everything stored about one cadre's periods. */
    private record Records(List<StoredRating> ratings, List<RatingDeferral> deferrals,
                           List<RatingExemption> exemptions) {

        /** Only the ratings that were announced (cancelled ones had been), as the rated cadre may see them. */
        Records published() {
            return new Records(ratings.stream().filter(rating -> rating.status() == RatingStatus.ANNOUNCED
                    || rating.status() == RatingStatus.CANCELLED).toList(), deferrals, exemptions);
        }

        /**
         * The rated periods, and the quarters I–III without a rating of their own that carry a run of NOT_COMPLETED
         * across them: deferred ones (seed 002 §7 d folds their results into the next period) and those of an
         * exempted year (§3.3).
         */
        YearEndReview review() {
            List<PeriodRating> rated = ratings.stream().filter(StoredRating::counted)
                    .map(StoredRating::asPeriodRating).toList();
            Set<Integer> ratedPeriods = rated.stream().map(PeriodRating::sequence).collect(Collectors.toSet());
            Map<Integer, UnratedPeriod> unrated = new TreeMap<>();
            deferrals.stream().filter(RatingDeferral::active).map(RatingDeferral::quarter)
                    .filter(quarter -> RatedPeriod.values()[quarter.number() - 1].isQuarter())
                    .map(quarter -> new UnratedPeriod(quarter.year(), RatedPeriod.values()[quarter.number() - 1],
                            UnratedPeriod.Cause.DEFERRED))
                    .forEach(period -> unrated.putIfAbsent(period.sequence(), period));
            exemptions.stream().filter(RatingExemption::active).forEach(exemption -> {
                for (RatedPeriod quarter : List.of(RatedPeriod.Q1, RatedPeriod.Q2, RatedPeriod.Q3)) {
                    UnratedPeriod period = new UnratedPeriod(exemption.year(), quarter, UnratedPeriod.Cause.EXEMPT);
                    unrated.putIfAbsent(period.sequence(), period);
                }
            });
            ratedPeriods.forEach(unrated::remove);
            return new YearEndReview(rated, List.copyOf(unrated.values()));
        }

        CarryOver carryOver() {
            return new CarryOver(deferrals.stream().filter(RatingDeferral::active).map(RatingDeferral::quarter)
                    .toList());
        }
    }

    @Override
    public CadreRatingHistory of(long cadreId) {
        Actor actor = currentActor.get();
        CadreId id = new CadreId(cadreId);
        CadreView cadre = organization.cadre(id).orElseThrow(() -> new RecordNotFoundException("CADRE", cadreId));
        if (!access.canSee(actor, id, LocalDate.now(clock))) {
            throw new RecordNotFoundException("CADRE", cadreId);
        }
        Records stored = reading.execute(status -> load(List.of(cadreId)).get(cadreId));
        // Seed 002 §4 Bước 6: results reach the people concerned by the announcement; until then a cadre's own history
        // shows what was published, not the levels still being decided about them.
        Records records = actor.isCadre(cadreId) ? stored.published() : stored;
        YearEndReview review = records.review();
        List<CadreRatingHistory.YearFlag> flags = new ArrayList<>();
        records.ratings().stream().filter(StoredRating::counted).map(StoredRating::year).distinct().sorted()
                .forEach(year -> flag(review, year).ifPresent(flags::add));
        return new CadreRatingHistory(cadreId, cadre.code(), cadre.fullName(), rows(records), flags,
                review.replacementAlerts().stream().map(JpaRatingHistory::alert).toList(),
                records.exemptions().stream().filter(RatingExemption::active).map(JpaDeferralService::view)
                        .toList());
    }

    @Override
    public List<CadreAlerts> alerts(int year) {
        Actor actor = currentActor.get();
        if (!actor.has(Role.AUTHORITY)) {
            throw new AccessRefusedException("review.alerts.notAuthority");
        }
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new InvalidInputException(List.of(FieldViolation.of("year", "review.alerts.error.year", FIRST_YEAR,
                    LAST_YEAR)));
        }
        Set<CadreId> managed = access.of(actor, LocalDate.now(clock)).managed();
        if (managed.isEmpty()) {
            return List.of();
        }
        Map<Long, Records> records = reading.execute(status ->
                load(managed.stream().map(CadreId::value).toList()));
        List<CadreAlerts> result = new ArrayList<>();
        for (CadreView cadre : organization.cadres(managed)) {
            YearEndReview review = records.get(cadre.id().value()).review();
            List<CadreRatingHistory.Alert> alerts = review.replacementAlerts().stream()
                    .filter(alert -> alert.to().year() == year).map(JpaRatingHistory::alert).toList();
            Optional<CadreRatingHistory.YearFlag> flag = flag(review, year);
            if (!alerts.isEmpty() || flag.isPresent()) {
                result.add(new CadreAlerts(cadre.id().value(), cadre.code(), cadre.fullName(), alerts, flag));
            }
        }
        result.sort((a, b) -> a.code().compareTo(b.code()));
        return result;
    }

    @Override
    public Map<Long, RatingStanding> standings(Collection<Long> cadreIds, int year, int quarter) {
        if (cadreIds.isEmpty()) {
            return Map.of();
        }
        Quarter period = new Quarter(year, quarter);
        Map<Long, Records> records = reading.execute(status -> load(cadreIds));
        Map<Long, RatingStanding> standings = new HashMap<>();
        records.forEach((cadreId, stored) -> {
            YearEndReview review = stored.review();
            RatingDeferral deferral = stored.deferrals().stream()
                    .filter(found -> found.active() && found.quarter().equals(period)).findFirst().orElse(null);
            boolean exempt = stored.exemptions().stream()
                    .anyMatch(found -> found.active() && found.year() == year);
            standings.put(cadreId, new RatingStanding(cadreId, review.excellentAllowed(year),
                    !review.replacementAlerts().isEmpty(), stored.carryOver().carriedOverInto(PeriodRef.of(period)),
                    deferral == null ? null : deferral.kind(), exempt));
        });
        return standings;
    }

    private static Optional<CadreRatingHistory.YearFlag> flag(YearEndReview review, int year) {
        if (review.excellentAllowed(year)) {
            return Optional.empty();
        }
        int notCompleted = Integer.parseInt(review.yearEndReason(year).orElseThrow().arguments().get("quarters"));
        return Optional.of(new CadreRatingHistory.YearFlag(year, notCompleted));
    }

    private static CadreRatingHistory.Alert alert(ReplacementAlert alert) {
        return new CadreRatingHistory.Alert(new PeriodRef(alert.from().year(), alert.from().period()),
                new PeriodRef(alert.to().year(), alert.to().period()), alert.periods());
    }

    private static List<CadreRatingHistory.Row> rows(Records records) {
        CarryOver carryOver = records.carryOver();
        Map<PeriodRef, DeferralView> deferred = new HashMap<>();
        records.deferrals().stream().filter(RatingDeferral::active)
                .forEach(d -> deferred.put(PeriodRef.of(d.quarter()), JpaDeferralService.view(d, carryOver)));
        Set<Long> replaced = records.ratings().stream().map(StoredRating::replacesId)
                .filter(Objects::nonNull).collect(Collectors.toSet());
        Map<PeriodRef, List<CadreRatingHistory.Row>> byPeriod = new TreeMap<>();
        Set<PeriodRef> periods = new HashSet<>(deferred.keySet());
        for (StoredRating rating : records.ratings()) {
            periods.add(rating.period());
            byPeriod.computeIfAbsent(rating.period(), p -> new ArrayList<>()).add(new CadreRatingHistory.Row(
                    rating.period(), rating.id(), rating.status(), rating.decided(), rating.proposed(),
                    rating.decidedBy(), rating.decidedAt(), rating.counted(), rating.cancelReason(),
                    replaced.contains(rating.id()), deferred.get(rating.period()),
                    carryOver.carriedOverInto(rating.period())));
        }
        // A deferred quarter, and the period that will take up its results before that one is rated.
        deferred.values().forEach(d -> periods.add(d.carriedInto()));
        for (PeriodRef period : periods) {
            byPeriod.computeIfAbsent(period, p -> List.of(new CadreRatingHistory.Row(p, null, null, null, null,
                    null, null, false, null, false, deferred.get(p), carryOver.carriedOverInto(p))));
        }
        return byPeriod.values().stream().flatMap(List::stream).toList();
    }

    private Map<Long, Records> load(Collection<Long> cadreIds) {
        Map<Long, List<StoredRating>> ratings = new HashMap<>();
        jdbc.query("""
                select id, cadre_id, period_year, period_quarter, status, head_proposed_level, decided_level,
                       decided_by, decided_at, replaces_id, cancel_reason
                from quarter_rating where cadre_id in (:cadres) order by period_year, period_quarter, id""",
                Map.of("cadres", cadreIds), row -> {
                    Timestamp decidedAt = row.getTimestamp("decided_at");
                    Number replacesId = (Number) row.getObject("replaces_id");
                    StoredRating rating = new StoredRating(row.getLong("id"), row.getLong("cadre_id"),
                            row.getInt("period_year"), row.getInt("period_quarter"),
                            RatingStatus.valueOf(row.getString("status")), level(row.getString("head_proposed_level")),
                            level(row.getString("decided_level")), row.getString("decided_by"),
                            decidedAt == null ? null : decidedAt.toInstant(), replacesId == null ? null : replacesId.longValue(),
                            row.getString("cancel_reason"));
                    ratings.computeIfAbsent(rating.cadreId(), c -> new ArrayList<>()).add(rating);
                });
        Map<Long, List<RatingDeferral>> deferred = deferrals.findOfCadres(cadreIds).stream()
                .collect(Collectors.groupingBy(RatingDeferral::cadreId));
        Map<Long, List<RatingExemption>> exempted = exemptions.findOfCadres(cadreIds).stream()
                .collect(Collectors.groupingBy(RatingExemption::cadreId));
        Map<Long, Records> records = new HashMap<>();
        for (Long cadreId : cadreIds) {
            records.put(cadreId, new Records(ratings.getOrDefault(cadreId, List.of()),
                    deferred.getOrDefault(cadreId, List.of()), exempted.getOrDefault(cadreId, List.of())));
        }
        return records;
    }

    private static RatingLevel level(String name) {
        return name == null ? null : RatingLevel.valueOf(name);
    }
}

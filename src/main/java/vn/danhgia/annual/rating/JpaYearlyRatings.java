package vn.danhgia.annual.rating;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danhgia.annual.ReviewItemClosed;
import vn.danhgia.annual.ReviewMeetings;
import vn.danhgia.annual.ReviewSubject;
import vn.danhgia.annual.SelfReviewSubmitted;
import vn.danhgia.annual.YearlyBoard;
import vn.danhgia.annual.YearlyFactsInput;
import vn.danhgia.annual.YearlyHistory;
import vn.danhgia.annual.YearlyRatingDecided;
import vn.danhgia.annual.YearlyRatingView;
import vn.danhgia.annual.YearlyRatings;
import vn.danhgia.annual.YearlyRatingsAnnounced;
import vn.danhgia.annual.YearlyReason;
import vn.danhgia.annual.YearlyTrack;
import vn.danhgia.decision.CadreRatingHistory;
import vn.danhgia.decision.RatingHistory;
import vn.danhgia.decision.RatingStatus;
import vn.danhgia.membership.CollectiveSubject;
import vn.danhgia.membership.ReviewSubjects;
import vn.danhgia.membership.Reviewee;
import vn.danhgia.membership.SubjectKind;
import vn.danhgia.organization.AccessScopes;
import vn.danhgia.organization.CadreId;
import vn.danhgia.organization.CadreView;
import vn.danhgia.organization.CadreWithPosition;
import vn.danhgia.organization.EmploymentKind;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.organization.PositionRank;
import vn.danhgia.organization.UnitId;
import vn.danhgia.organization.UnitView;
import vn.danhgia.platform.AccessRefusedException;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.AuditRecord;
import vn.danhgia.platform.AuditTrail;
import vn.danhgia.platform.CurrentActor;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.platform.RecordNotFoundException;
import vn.danhgia.platform.Role;
import vn.danhgia.platform.RuleRefusedException;
import vn.danhgia.publication.ComplaintService;
import vn.danhgia.publication.ComplaintView;
import vn.danhgia.publication.RatingKind;
import vn.danhgia.rules.HeadCappedByCollective;
import vn.danhgia.rules.RatedPeriod;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.RatingRules;
import vn.danhgia.rules.annual.SubjectTrack;
import vn.danhgia.rules.quarterly.TaskConditions;
import vn.danhgia.rules.quota.ExcellentQuota;
import vn.danhgia.rules.quota.QuotaGroup;
import vn.danhgia.rules.yearend.PeriodRating;
import vn.danhgia.rules.yearend.ReplacementAlert;
import vn.danhgia.rules.yearend.YearEndReview;
import vn.danhgia.scheme.EvaluationSchemeView;
import vn.danhgia.scheme.SchemeCatalog;

/**
 * The yearly ratings: facts gathered from the stored quarters, the suggestion, the proposal, the annual authority's
 * decision under the seeds' rules, announcement, cancellation after an upheld complaint (the complaints themselves are
 * publication's one workflow) and lock. Every change is audited as YEARLY_RATING.
 */
@Service
class JpaYearlyRatings implements YearlyRatings {

    static final String RECORD = "YEARLY_RATING";
    static final String MEETING = "MEETING";
    private static final int MAX_TEXT = 4000;

    private final YearlyRatingRepository ratings;
    private final ComplaintService complaints;
    private final OrganizationQueries organization;
    private final AccessScopes access;
    private final CurrentActor currentActor;
    private final AuditTrail audit;
    private final RatingHistory history;
    private final SchemeCatalog schemes;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ReviewSubjects subjects;
    private final ReviewMeetings meetings;
    private final YearlyRaters raters;
    private final YearlyFactSources facts;
    private final YearlyComplaintWindows windows;

    JpaYearlyRatings(YearlyRatingRepository ratings, ComplaintService complaints,
                     OrganizationQueries organization, AccessScopes access, CurrentActor currentActor,
                     AuditTrail audit, RatingHistory history, SchemeCatalog schemes,
                     ApplicationEventPublisher events, Clock clock, ReviewSubjects subjects,
                     ReviewMeetings meetings, YearlyRaters raters, YearlyFactSources facts,
                     YearlyComplaintWindows windows) {
        this.facts = facts;
        this.windows = windows;
        this.subjects = subjects;
        this.raters = raters;
        this.meetings = meetings;
        this.ratings = ratings;
        this.complaints = complaints;
        this.organization = organization;
        this.access = access;
        this.currentActor = currentActor;
        this.audit = audit;
        this.history = history;
        this.schemes = schemes;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public YearlyBoard gather(long unitId, int year) {
        Actor actor = currentActor.get();
        UnitView unit = visibleUnit(actor, unitId);
        if (!(actor.has(Role.PERSONNEL_OFFICER) || actor.has(Role.AUTHORITY) || actor.has(Role.UNIT_HEAD))) {
            throw new AccessRefusedException("annual.rating.refusal.mayNotGather");
        }
        LocalDate date = yearEnd(year);
        // The unit itself, and the collectives reviewed at their own level under it (seed 004 §II.2.1).
        Set<Long> collectives = new java.util.LinkedHashSet<>();
        collectives.add(unitId);
        subjects.collectivesUnder(new UnitId(unitId), date).forEach(subject -> collectives.add(subject.unit().value()));
        for (long collectiveUnit : collectives) {
            if (ratings.live(YearlyRating.liveKey(YearlyTrack.COLLECTIVE, null, collectiveUnit), year).isEmpty()) {
                YearlyRating collective = YearlyRating.ofCollective(collectiveUnit, year);
                collective.gathered(collectiveTrack(collectiveUnit, date), "", null, null, null);
                resuggest(collective);
                collective = ratings.save(collective);
                record(collective, "YEARLY_RATING_GATHERED", null);
                proposalFromMeeting(collective);
            }
        }
        // Seed 004 §VII.2: the head of a chi bộ tổ dân phố may be rated above the cell.
        Optional<CollectiveSubject> asCollective = subjects.collective(new UnitId(unitId), date);
        boolean capExempt = asCollective.map(CollectiveSubject::residentialCell).orElse(false);
        // A post in a party cell is a party post: rated on the party-member track only.
        boolean partyBody = asCollective.map(subject -> subject.kind() == SubjectKind.PARTY_ORGANIZATION)
                .orElse(false);
        Map<CadreId, CadreWithPosition> people = new LinkedHashMap<>();
        organization.cadresWithPositionsIn(List.of(new UnitId(unitId)), date)
                .forEach(post -> people.putIfAbsent(post.cadreId(), post));
        Map<CadreId, CadreView> cadres = organization.cadres(people.keySet()).stream()
                .collect(Collectors.toMap(CadreView::id, cadre -> cadre));
        for (CadreWithPosition post : people.values()) {
            CadreView cadre = cadres.get(post.cadreId());
            String quarters = quarterLevels(post.cadreId().value(), year);
            boolean heads = post.rank() == PositionRank.HEAD;
            List<YearlyTrack> tracks = partyBody ? List.of(YearlyTrack.PARTY) : cadre != null && cadre.partyMember()
                    ? List.of(YearlyTrack.STATE, YearlyTrack.PARTY) : List.of(YearlyTrack.STATE);
            for (YearlyTrack track : tracks) {
                String key = YearlyRating.liveKey(track, post.cadreId().value(), unitId);
                Optional<YearlyRating> existing = ratings.live(key, year);
                if (existing.isPresent()) {
                    regather(existing.get(), quarters);
                    continue;
                }
                YearlyRating rating = YearlyRating.ofCadre(track, post.cadreId().value(), unitId, year, heads,
                        capExempt, unit.code() + " · " + track.name());
                gatherFacts(rating, subjectTrack(track, cadre), quarters);
                record(ratings.save(rating), "YEARLY_RATING_GATHERED", null);
                proposalFromMeeting(rating);
            }
        }
        // Seed 004 §II.2, §V.2: the party members active in a cell are reviewed and rated there, post or none; those
        // not reviewed (exempt, suspended, admitted under six months, seed 004 §II.1) are left out.
        for (Reviewee member : subjects.revieweesUnder(new UnitId(unitId), date)) {
            if (!member.reviewed() || member.cell() == null || member.cell().value() != unitId
                    || people.containsKey(member.cadre())) {
                continue;
            }
            String key = YearlyRating.liveKey(YearlyTrack.PARTY, member.cadre().value(), unitId);
            String quarters = quarterLevels(member.cadre().value(), year);
            Optional<YearlyRating> existing = ratings.live(key, year);
            if (existing.isPresent()) {
                regather(existing.get(), quarters);
                continue;
            }
            YearlyRating rating = YearlyRating.ofCadre(YearlyTrack.PARTY, member.cadre().value(), unitId, year, false,
                    capExempt, unit.code() + " · " + YearlyTrack.PARTY.name());
            gatherFacts(rating, SubjectTrack.PARTY_MEMBER, quarters);
            record(ratings.save(rating), "YEARLY_RATING_GATHERED", null);
            proposalFromMeeting(rating);
        }
        ratings.flush();
        return board(unitId, year);
    }

    @Override
    @Transactional(readOnly = true)
    public YearlyBoard board(long unitId, int year) {
        Actor actor = currentActor.get();
        List<YearlyRating> rows = ratings.ofUnit(unitId, year);
        Set<UnitId> actingFor = raters.actingFor(actor);
        Set<Long> decidedBy = raters.decidedBy(actor, rows.stream()
                .filter(row -> row.status() != RatingStatus.CANCELLED).toList(), actingFor);
        // The annual authority of a row sees the board even outside its management scope (the ward committee, which
        // rates the members of its own Ban Chấp hành, seed 004 §V.2).
        UnitView unit = decidedBy.isEmpty() ? visibleUnit(actor, unitId) : organization.unit(new UnitId(unitId))
                .orElseThrow(() -> new RecordNotFoundException("UNIT", unitId));
        List<YearlyRatingView> views = views(rows);
        Map<YearlyTrack, Map<RatingLevel, Long>> counts = new EnumMap<>(YearlyTrack.class);
        for (YearlyTrack track : YearlyTrack.values()) {
            Map<RatingLevel, Long> perLevel = new EnumMap<>(RatingLevel.class);
            for (RatingLevel level : RatingLevel.values()) {
                perLevel.put(level, views.stream().filter(view -> view.track() == track && view.counted()
                        && view.decidedLevel() == level).count());
            }
            counts.put(track, perLevel);
        }
        List<ComplaintView> filed = complaints.ofRatings(RatingKind.YEARLY,
                rows.stream().map(YearlyRating::id).toList());
        // The authority keeps announce, lock and complaints once every row is decided, so the flag is not about open rows.
        boolean mayDecide = !decidedBy.isEmpty();
        Set<Long> decidable = rows.stream()
                .filter(row -> decidedBy.contains(row.id()) && row.status().isOpenToDecision())
                .map(YearlyRating::id).collect(Collectors.toSet());
        return new YearlyBoard(unitId, unit.name(), year, views, counts, mayDecide, filed, decidable);
    }

    @Override
    @Transactional(readOnly = true)
    public YearlyRatingView get(long ratingId) {
        YearlyRating rating = visible(currentActor.get(), ratingId);
        return views(List.of(rating)).get(0);
    }

    @Override
    @Transactional
    public YearlyRatingView propose(long ratingId, long version, RatingLevel level, String comment) {
        Actor actor = currentActor.get();
        YearlyRating rating = visible(actor, ratingId);
        checkVersion(rating, version);
        if (!(actor.has(Role.UNIT_HEAD) || actor.has(Role.PERSONNEL_OFFICER) || actor.has(Role.AUTHORITY))
                || (rating.cadreId() != null && actor.isCadre(rating.cadreId()))) {
            throw new AccessRefusedException("annual.rating.refusal.mayNotPropose");
        }
        if (level == null) {
            throw new InvalidInputException(List.of(FieldViolation.of("level", "annual.rating.levelRequired")));
        }
        if (MEETING.equals(rating.proposalSource())) {
            // The level the review meeting voted stands; only the authority's decision departs from it.
            throw new RuleRefusedException("annual.rating.refusal.proposedByMeeting");
        }
        YearlyRatingView before = views(List.of(rating)).get(0);
        rating.propose(level, "ENTERED", actor.displayName(), trimmed(comment), clock.instant());
        record(rating, "YEARLY_RATING_PROPOSED", before);
        resuggestDependents(rating);
        return views(List.of(rating)).get(0);
    }

    @Override
    @Transactional
    public YearlyRatingView decide(long ratingId, long version, RatingLevel level, String reason) {
        Actor actor = currentActor.get();
        YearlyRating rating = visible(actor, ratingId);
        checkVersion(rating, version);
        if (!decides(actor, rating)) {
            throw new AccessRefusedException("annual.rating.refusal.notTheAuthority");
        }
        String written = trimmed(reason);
        if (level == null) {
            throw new InvalidInputException(List.of(FieldViolation.of("level", "annual.rating.levelRequired")));
        }
        RatingLevel suggested = rating.suggestedLevel();
        if (suggested != null && level.isAbove(suggested) && written == null) {
            // A level above the engine's suggestion must be justified in writing.
            throw new InvalidInputException(List.of(FieldViolation.of("reason",
                    "annual.rating.reasonRequiredAboveSuggestion", label(suggested.messageKey()))));
        }
        RatingLevel restingOn = null;
        if (rating.track() == YearlyTrack.PARTY) {
            restingOn = workplaceBasis(rating);
        }
        String capReason = null;
        if (rating.headsUnit() && !rating.capExempt() && rating.track() != YearlyTrack.COLLECTIVE) {
            capReason = headCap(rating, level);
        }
        if (level == RatingLevel.EXCELLENT && rating.track() != YearlyTrack.COLLECTIVE && !rating.headsUnit()) {
            checkQuota(rating);
        }
        YearlyRatingView before = views(List.of(rating)).get(0);
        rating.decide(level, actor.displayName(), written, capReason, restingOn, clock.instant());
        record(rating, "YEARLY_RATING_DECIDED", before);
        resuggestDependents(rating);
        events.publishEvent(new YearlyRatingDecided(rating.id(), rating.track(), rating.cadreId(), rating.unitId(),
                rating.year(), level));
        return views(List.of(rating)).get(0);
    }

    /**
     * Seed 003 §I.2 (the civil-servant rating before the party-member one) and seed 004 §VII.1 ("trường hợp cấp có
     * thẩm quyền chưa có kết quả xếp loại … thì căn cứ mức xếp loại do cơ quan, đơn vị nơi công tác đề xuất"): the
     * party level waits for the workplace's decision or, short of it, rests on its proposal and is provisional.
     */
    private RatingLevel workplaceBasis(YearlyRating party) {
        Optional<YearlyRating> state = ratings.live(YearlyRating.liveKey(YearlyTrack.STATE, party.cadreId(),
                party.unitId()), party.year());
        if (state.isEmpty() || state.get().status().isDecided()) {
            return null;
        }
        if (state.get().proposedLevel() == null) {
            throw new RuleRefusedException("annual.rating.refusal.stateFirst");
        }
        return state.get().proposedLevel();
    }

    /** Seed 004 §VII.2: the head's level is not above the collective they head, which is decided first. */
    private String headCap(YearlyRating head, RatingLevel level) {
        YearlyRating collective = ratings.live(YearlyRating.liveKey(YearlyTrack.COLLECTIVE, null, head.unitId()),
                head.year()).orElseThrow(() -> new RuleRefusedException("annual.rating.refusal.collectiveFirst"));
        if (!collective.status().isDecided()) {
            throw new RuleRefusedException("annual.rating.refusal.collectiveFirst");
        }
        if (HeadCappedByCollective.cap(level, collective.decidedLevel(), head.capExempt()) != level) {
            throw new RuleRefusedException("annual.rating.refusal.headAboveCollective",
                    label(collective.decidedLevel().messageKey()));
        }
        return "annual.rating.cap.collective:" + collective.decidedLevel().name();
    }

    /** The 20 % EXCELLENT quota of the peer group (seed 000 §III.3.1; Nghị định 335), heads outside the count. */
    private void checkQuota(YearlyRating rating) {
        List<YearlyRating> everyone = ratings.peerGroup(rating.year(), rating.track(), rating.peerGroup());
        java.util.function.Function<YearlyRating, RatingLevel> level = member -> member == rating
                ? RatingLevel.EXCELLENT : levelOf(member);
        int pool = (int) everyone.stream().filter(member -> !member.headsUnit())
                .filter(member -> qualifies(level.apply(member))).count();
        // The group is one unit's people on one track, so a unit of fewer than 5 leaders, all GOOD or better, may
        // have one (seed 000 §III.3.1).
        boolean allGood = everyone.stream().allMatch(member -> qualifies(level.apply(member)));
        QuotaGroup group = new QuotaGroup(pool, everyone.size(), allGood);
        int places = ExcellentQuota.allowance(group, rulesFor(rating.year())).places();
        long held = everyone.stream().filter(member -> member != rating && !member.headsUnit()
                && member.status().isDecided() && member.decidedLevel() == RatingLevel.EXCELLENT).count();
        if (held >= places) {
            throw new RuleRefusedException("annual.rating.refusal.quotaFull", rating.peerGroup(), places, pool);
        }
    }

    private static RatingLevel levelOf(YearlyRating rating) {
        if (rating.status().isDecided()) {
            return rating.decidedLevel();
        }
        return rating.proposedLevel() != null ? rating.proposedLevel() : rating.suggestedLevel();
    }

    private static boolean qualifies(RatingLevel level) {
        return level != null && level.isAtLeast(RatingLevel.GOOD);
    }

    private RatingRules rulesFor(int year) {
        return schemes.inForce(yearEnd(year)).map(EvaluationSchemeView::ratingRules).orElse(RatingRules.defaults());
    }

    /**
     * A review item closed with a vote (seed 004 §VI; seed 003 §2.3): the level the meeting reached becomes the
     * rating's proposal, source MEETING, unless the authority has decided already.
     */
    @EventListener
    void onReviewItemClosed(ReviewItemClosed closed) {
        YearlyTrack track = trackOf(closed.subject(), closed.track());
        String key = track == YearlyTrack.COLLECTIVE ? YearlyRating.liveKey(track, null, closed.subject().id())
                : YearlyRating.liveKey(track, closed.subject().id(), 0);
        ratings.live(key, closed.year()).ifPresent(rating -> closed.proposedLevel().ifPresent(level ->
                proposeFromMeeting(rating, level, "#" + closed.meetingId())));
    }

    /** At gathering: a review already closed before the rating existed. */
    private void proposalFromMeeting(YearlyRating rating) {
        ReviewSubject subject = rating.cadreId() == null ? ReviewSubject.collective(rating.unitId())
                : ReviewSubject.cadre(rating.cadreId());
        meetings.proposalFor(subject, rating.year())
                .filter(proposal -> trackOf(subject, proposal.track()) == rating.track())
                .ifPresent(proposal -> proposal.level().ifPresent(level ->
                        proposeFromMeeting(rating, level, proposal.placeName())));
    }

    private void proposeFromMeeting(YearlyRating rating, RatingLevel level, String meeting) {
        if (rating.status() != RatingStatus.GATHERED && rating.status() != RatingStatus.PROPOSED) {
            return;
        }
        YearlyRatingView before = views(List.of(rating)).get(0);
        rating.propose(level, MEETING, meeting, null, clock.instant());
        record(rating, "YEARLY_RATING_PROPOSED", before);
        resuggestDependents(rating);
    }

    private static YearlyTrack trackOf(ReviewSubject subject, vn.danhgia.rules.annual.ReviewOrder.Track track) {
        if (subject.kind() == vn.danhgia.rules.annual.ReviewOrder.SubjectKind.COLLECTIVE) {
            return YearlyTrack.COLLECTIVE;
        }
        return track == vn.danhgia.rules.annual.ReviewOrder.Track.PARTY ? YearlyTrack.PARTY : YearlyTrack.STATE;
    }

    /** The workplace's rating decided: the provisional party level is confirmed or reopened (seed 004 §VII.1). */
    @EventListener
    void onDecided(YearlyRatingDecided decided) {
        if (decided.track() != YearlyTrack.STATE) {
            return;
        }
        ratings.live(YearlyRating.liveKey(YearlyTrack.PARTY, decided.cadreId(), decided.unitId()), decided.year())
                .ifPresent(party -> {
                    if (!party.provisional()) {
                        return;
                    }
                    YearlyRatingView before = views(List.of(party)).get(0);
                    boolean reopened = party.settleProvisional(decided.level());
                    record(party, reopened ? "YEARLY_RATING_REOPENED" : "YEARLY_RATING_CONFIRMED", before);
                });
    }

    @Override
    @Transactional
    public int announce(long unitId, int year) {
        Actor actor = currentActor.get();
        visibleUnit(actor, unitId);
        if (!decidesForUnit(actor, unitId)) {
            throw new AccessRefusedException("annual.rating.refusal.notTheAuthority");
        }
        List<YearlyRating> decided = ratings.ofUnit(unitId, year).stream()
                .filter(rating -> rating.status() == RatingStatus.DECIDED && !rating.provisional()).toList();
        if (decided.isEmpty()) {
            throw new RuleRefusedException("annual.rating.refusal.nothingToAnnounce");
        }
        for (YearlyRating rating : decided) {
            YearlyRatingView before = views(List.of(rating)).get(0);
            rating.announce(actor.displayName(), clock.instant());
            record(rating, "YEARLY_RATING_ANNOUNCED", before);
            if (rating.cadreId() != null) {
                audit.release(RECORD, rating.id());
            }
        }
        events.publishEvent(new YearlyRatingsAnnounced(unitId, year, decided.stream().map(YearlyRating::id).toList()));
        return decided.size();
    }

    @Override
    @Transactional
    public int lock(long unitId, int year) {
        Actor actor = currentActor.get();
        visibleUnit(actor, unitId);
        if (!decidesForUnit(actor, unitId)) {
            throw new AccessRefusedException("annual.rating.refusal.notTheAuthority");
        }
        List<YearlyRating> announced = ratings.ofUnit(unitId, year).stream()
                .filter(rating -> rating.status() == RatingStatus.ANNOUNCED).toList();
        if (announced.isEmpty()) {
            throw new RuleRefusedException("annual.rating.refusal.nothingToLock");
        }
        LocalDate today = LocalDate.now(clock);
        Map<Long, LocalDate> lastDays = windows.lastDays(announced);
        for (YearlyRating rating : announced) {
            LocalDate last = lastDays.get(rating.id());
            if (!today.isAfter(last)) {
                throw new RuleRefusedException("annual.rating.refusal.windowOpen", last.toString());
            }
        }
        if (complaints.anyOpen(RatingKind.YEARLY, announced.stream().map(YearlyRating::id).toList())) {
            throw new RuleRefusedException("annual.rating.refusal.complaintOpen");
        }
        for (YearlyRating rating : announced) {
            YearlyRatingView before = views(List.of(rating)).get(0);
            rating.lock(actor.displayName(), clock.instant());
            record(rating, "YEARLY_RATING_LOCKED", before);
        }
        return announced.size();
    }

    /**
     * An upheld complaint (publication's workflow, seed 000 §II.2 "xem xét hủy bỏ, đánh giá, xếp loại lại"): the
     * announced rating is cancelled and a replacement of the same subject gathered, in the complaint's transaction.
     */
    @Transactional
    public void cancelAfterUpheldComplaint(long ratingId, String reason, Actor actor) {
        YearlyRating rating = ratings.findById(ratingId).orElseThrow(() -> new RecordNotFoundException(RECORD,
                ratingId));
        YearlyRatingView before = views(List.of(rating)).get(0);
        rating.cancel(actor.displayName(), reason, clock.instant());
        ratings.saveAndFlush(rating);
        record(rating, "YEARLY_RATING_CANCELLED", before);
        YearlyRating again = ratings.save(rating.replacement());
        record(again, "YEARLY_RATING_GATHERED", null);
    }

    @Override
    @Transactional(readOnly = true)
    public YearlyHistory history(long cadreId) {
        CadreRatingHistory quarters = history.of(cadreId);
        List<YearlyRatingView> years = ofCadre(cadreId);
        List<PeriodRating> periods = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (CadreRatingHistory.Row row : quarters.rows()) {
            if (row.counted() && row.level() != null && seen.add(row.period().year() + row.period().period().name())) {
                periods.add(PeriodRating.of(row.period().year(), row.period().period(), row.level()));
            }
        }
        for (YearlyRatingView year : years) {
            // The civil-servant track is the year-end rating of the seeds' sequence Q1, Q2, Q3, year-end (seed 000 §I.2.2).
            if (year.track() == YearlyTrack.STATE && year.counted()
                    && seen.add(year.year() + RatedPeriod.YEAR_END.name())) {
                periods.add(PeriodRating.of(year.year(), RatedPeriod.YEAR_END, year.decidedLevel()));
            }
        }
        List<YearlyReason> alerts = new ArrayList<>();
        for (ReplacementAlert alert : new YearEndReview(periods).replacementAlerts()) {
            alerts.add(YearlyReason.of("annual.rating.alert", alert.periods(),
                    label("rule.rated-period." + alert.from().period().name()), alert.from().year(),
                    label("rule.rated-period." + alert.to().period().name()), alert.to().year()));
        }
        return new YearlyHistory(quarters, years, alerts);
    }

    @Override
    @Transactional(readOnly = true)
    public List<YearlyRatingView> ofCadre(long cadreId) {
        Actor actor = currentActor.get();
        if (!access.canSee(actor, new CadreId(cadreId), LocalDate.now(clock)) && !actor.has(Role.ADMIN)) {
            throw new RecordNotFoundException("CADRE", cadreId);
        }
        return views(ratings.ofCadre(cadreId));
    }

    @Override
    @Transactional
    public YearlyRatingView enterFacts(long ratingId, long version, YearlyFactsInput input) {
        Actor actor = currentActor.get();
        YearlyRating rating = visible(actor, ratingId);
        checkVersion(rating, version);
        if (!(actor.has(Role.UNIT_HEAD) || actor.has(Role.PERSONNEL_OFFICER) || actor.has(Role.AUTHORITY))
                || (rating.cadreId() != null && actor.isCadre(rating.cadreId()))) {
            throw new AccessRefusedException("annual.rating.refusal.mayNotEnterFacts");
        }
        if (!rating.open()) {
            throw new RuleRefusedException("annual.rating.refusal.readOnly", rating.status().name());
        }
        YearlyFactsInput.Checked checked = input.checked();
        YearlyRatingView before = views(List.of(rating)).get(0);
        rating.entered(checked.points(), checked.tasks(), checked.discipline(), checked.degradation(),
                checked.corruption());
        if (rating.cadreId() != null) {
            // A cleared entry falls back to what the sources hold.
            gatherFacts(rating, YearlyEngineSuggestion.trackOf(rating), rating.quarterLevels());
        } else {
            resuggest(rating);
        }
        record(rating, "YEARLY_RATING_FACTS_ENTERED", before);
        resuggestDependents(rating);
        return views(List.of(rating)).get(0);
    }

    /** A leader submitted the self-review: the year's points now rest on its frame (Quy định 366 Điều 11). */
    @EventListener
    void onSelfReviewSubmitted(SelfReviewSubmitted submitted) {
        if (submitted.cadreId() == null) {
            return;
        }
        for (YearlyTrack track : List.of(YearlyTrack.STATE, YearlyTrack.PARTY)) {
            ratings.live(YearlyRating.liveKey(track, submitted.cadreId(), 0), submitted.year())
                    .filter(YearlyRating::open).ifPresent(rating -> {
                        YearlyRatingView before = views(List.of(rating)).get(0);
                        gatherFacts(rating, YearlyEngineSuggestion.trackOf(rating), rating.quarterLevels());
                        record(rating, "YEARLY_RATING_GATHERED", before);
                        resuggestDependents(rating);
                    });
        }
    }

    // --- facts and suggestion ---

    /** Reads the person's points and tasks from their sources (entered ones stay), then the suggestion. */
    private void gatherFacts(YearlyRating rating, SubjectTrack track, String quarters) {
        YearlyFactSources.Gathered gathered = facts.of(rating.cadreId(), rating.year());
        rating.gathered(track, quarters, gathered.points(), gathered.pointsSource(), gathered.tasks());
        resuggest(rating);
    }

    /** Gathering again: an open rating takes what its sources hold now, audited when a fact changed. */
    private void regather(YearlyRating rating, String quarters) {
        if (!rating.open()) {
            return;
        }
        YearlyRatingView before = views(List.of(rating)).get(0);
        gatherFacts(rating, YearlyEngineSuggestion.trackOf(rating), quarters);
        YearlyRatingView after = views(List.of(rating)).get(0);
        if (!before.facts().equals(after.facts()) || !java.util.Objects.equals(before.quarterLevels(),
                after.quarterLevels()) || before.suggestedLevel() != after.suggestedLevel()) {
            record(rating, "YEARLY_RATING_GATHERED", before);
        }
    }

    /**
     * The levels this rating rests on read again (the headed collective's, decided or else proposed; the cadre level
     * of a party rating, seed 004 §VII.1), then the engine's level stored.
     */
    private void resuggest(YearlyRating rating) {
        if (!rating.open()) {
            return;
        }
        RatingLevel headed = null;
        if (rating.headsUnit() && rating.track() != YearlyTrack.COLLECTIVE) {
            headed = ratings.live(YearlyRating.liveKey(YearlyTrack.COLLECTIVE, null, rating.unitId()), rating.year())
                    .map(JpaYearlyRatings::currentLevel).orElse(null);
        }
        RatingLevel cadreLevel = null;
        boolean provisional = false;
        if (rating.track() == YearlyTrack.PARTY) {
            Optional<YearlyRating> state = ratings.live(YearlyRating.liveKey(YearlyTrack.STATE, rating.cadreId(), 0),
                    rating.year());
            cadreLevel = state.map(JpaYearlyRatings::currentLevel).orElse(null);
            provisional = state.map(row -> !row.status().isDecided()).orElse(false);
        }
        rating.related(headed, cadreLevel, provisional);
        rating.suggested(YearlyEngineSuggestion.suggest(rating, ledUnit(rating)).level());
    }

    /** The ratings whose facts read this one: the heads of a collective, the party rating of a cadre's state one. */
    private void resuggestDependents(YearlyRating changed) {
        List<YearlyRating> dependents = new ArrayList<>();
        if (changed.track() == YearlyTrack.COLLECTIVE) {
            ratings.ofUnit(changed.unitId(), changed.year()).stream()
                    .filter(row -> row.headsUnit() && row.track() != YearlyTrack.COLLECTIVE && row.open())
                    .forEach(dependents::add);
        } else if (changed.track() == YearlyTrack.STATE) {
            ratings.live(YearlyRating.liveKey(YearlyTrack.PARTY, changed.cadreId(), 0), changed.year())
                    .ifPresent(dependents::add);
        }
        dependents.forEach(this::resuggest);
    }

    /** A decided level once decided, else the proposal: what a rating resting on it reads (seed 004 §VII.1). */
    private static RatingLevel currentLevel(YearlyRating rating) {
        return rating.status().isDecided() ? rating.decidedLevel() : rating.proposedLevel();
    }

    /** For a head, the task counts of the collective they head (the unit the engine's leader rule reads). */
    private TaskConditions ledUnit(YearlyRating rating) {
        if (!rating.headsUnit() || rating.track() == YearlyTrack.COLLECTIVE) {
            return null;
        }
        return ratings.live(YearlyRating.liveKey(YearlyTrack.COLLECTIVE, null, rating.unitId()), rating.year())
                .map(YearlyRating::tasks).orElse(null);
    }

    private static SubjectTrack subjectTrack(YearlyTrack track, CadreView cadre) {
        if (track == YearlyTrack.PARTY) {
            return SubjectTrack.PARTY_MEMBER;
        }
        EmploymentKind kind = cadre == null ? EmploymentKind.CIVIL_SERVANT : cadre.employmentKind();
        return switch (kind == null ? EmploymentKind.CIVIL_SERVANT : kind) {
            case PUBLIC_EMPLOYEE -> SubjectTrack.PUBLIC_EMPLOYEE;
            case WORKER -> SubjectTrack.WORKER;
            case CIVIL_SERVANT, CADRE -> SubjectTrack.CIVIL_SERVANT;
        };
    }

    private SubjectTrack collectiveTrack(long unitId, LocalDate date) {
        return subjects.collective(new UnitId(unitId), date)
                .filter(subject -> subject.kind() == SubjectKind.PARTY_ORGANIZATION)
                .map(subject -> SubjectTrack.PARTY_ORGANISATION).orElse(SubjectTrack.LEADERSHIP_COLLECTIVE);
    }

    private static YearlyRatingView.Facts factsOf(YearlyRating rating) {
        return new YearlyRatingView.Facts(YearlyEngineSuggestion.trackOf(rating), rating.points(),
                rating.pointsSource(), rating.tasks(), rating.tasksSource(), rating.discipline(),
                rating.degradation(), rating.corruption(), rating.headedLevel(), rating.cadreLevel(),
                rating.cadreLevelProvisional());
    }

    // --- access ---

    private UnitView visibleUnit(Actor actor, long unitId) {
        UnitView unit = organization.unit(new UnitId(unitId))
                .orElseThrow(() -> new RecordNotFoundException("UNIT", unitId));
        if (actor.has(Role.ADMIN) || access.of(actor, LocalDate.now(clock)).visibleUnits().contains(unit.id())
                || decidesForUnit(actor, unitId)) {
            return unit;
        }
        throw new RecordNotFoundException("UNIT", unitId);
    }

    private YearlyRating visible(Actor actor, long ratingId) {
        YearlyRating rating = ratings.findById(ratingId)
                .orElseThrow(() -> new RecordNotFoundException(RECORD, ratingId));
        LocalDate today = LocalDate.now(clock);
        boolean sees = actor.has(Role.ADMIN) || decidesForUnit(actor, rating.unitId())
                || access.of(actor, today).visibleUnits().contains(new UnitId(rating.unitId()))
                || (rating.cadreId() != null && access.canSee(actor, new CadreId(rating.cadreId()), today))
                || decides(actor, rating);
        if (!sees) {
            throw new RecordNotFoundException(RECORD, ratingId);
        }
        return rating;
    }

    /** The annual authority of the subject (seed 003 §II.1, seed 004 §V), never for one's own rating. */
    private boolean decides(Actor actor, YearlyRating rating) {
        return raters.decides(actor, rating);
    }

    /** Who may see a unit's ratings beyond their scope: an authority holding a post in a unit above it. */
    private boolean decidesForUnit(Actor actor, long unitId) {
        return raters.decidesForUnit(actor, unitId);
    }

    // --- helpers ---

    private String quarterLevels(long cadreId, int year) {
        CadreRatingHistory quarters;
        try {
            quarters = history.of(cadreId);
        } catch (RecordNotFoundException outsideQuarterlyScopes) {
            // A cell member with no post (seed 004 §V.2) is in no quarterly scope: reviewed yearly only, no quarters.
            return "";
        }
        Map<RatedPeriod, RatingLevel> levels = new java.util.TreeMap<>();
        for (CadreRatingHistory.Row row : quarters.rows()) {
            if (row.period().year() == year && row.period().period().isQuarter() && row.counted()
                    && row.level() != null) {
                levels.put(row.period().period(), row.level());
            }
        }
        return levels.entrySet().stream().map(entry -> entry.getKey().name() + "=" + entry.getValue().name())
                .collect(Collectors.joining(";"));
    }

    /** A message argument that is itself a message (a level's or a period's name), resolved in the reader's language. */
    static org.springframework.context.support.DefaultMessageSourceResolvable label(String key) {
        return new org.springframework.context.support.DefaultMessageSourceResolvable(key);
    }

    private static LocalDate yearEnd(int year) {
        return LocalDate.of(year, 12, 31);
    }

    private static void checkVersion(YearlyRating rating, long version) {
        if (rating.version() != version) {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(YearlyRating.class,
                    rating.id());
        }
    }

    private static String trimmed(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.strip();
        return trimmed.length() > MAX_TEXT ? trimmed.substring(0, MAX_TEXT) : trimmed;
    }

    private void record(YearlyRating rating, String action, YearlyRatingView before) {
        ratings.flush();
        audit.record(new AuditRecord(action, RECORD, rating.id(), rating.cadreId(), before,
                views(List.of(rating)).get(0)));
    }

    private List<YearlyRatingView> views(List<YearlyRating> rows) {
        Map<Long, String> names = new HashMap<>();
        List<CadreId> ids = rows.stream().map(YearlyRating::cadreId).filter(java.util.Objects::nonNull).distinct()
                .map(CadreId::new).toList();
        organization.cadres(ids).forEach(cadre -> names.put(cadre.id().value(), cadre.fullName()));
        Map<Long, String> units = new HashMap<>();
        Map<Long, LocalDate> lastDays = windows.lastDays(rows);
        List<YearlyRatingView> views = new ArrayList<>();
        for (YearlyRating rating : rows) {
            String unitName = units.computeIfAbsent(rating.unitId(), id -> organization.unit(new UnitId(id))
                    .map(UnitView::name).orElse(""));
            List<YearlyReason> reasons = YearlyEngineSuggestion.suggest(rating, ledUnit(rating)).reasons();
            LocalDate lastDay = lastDays.get(rating.id());
            views.add(new YearlyRatingView(rating.id(), rating.version(), rating.track(), rating.cadreId(),
                    rating.cadreId() == null ? unitName : names.getOrDefault(rating.cadreId(), ""),
                    rating.unitId(), unitName, rating.year(), rating.status(), rating.headsUnit(),
                    rating.peerGroup(), rating.quarterLevels(), rating.disciplined(), rating.suggestedLevel(),
                    reasons, rating.proposedLevel(), rating.proposalSource(), rating.proposedBy(),
                    rating.decidedLevel(), rating.decidedBy(), rating.decidedAt(), rating.decisionReason(),
                    rating.capReason(), rating.provisional(), rating.restingOnLevel(), rating.announcedAt(),
                    rating.lockedAt(), rating.cancelReason(), lastDay, factsOf(rating)));
        }
        views.sort(Comparator.comparing(YearlyRatingView::track));
        return views;
    }
}

package vn.danhgia.annual.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danhgia.annual.KeyCadresConsolidation;
import vn.danhgia.annual.NewReviewMeeting;
import vn.danhgia.annual.ReviewAttendeeCapacity;
import vn.danhgia.annual.ReviewItemClosed;
import vn.danhgia.annual.ReviewItemStatus;
import vn.danhgia.annual.ReviewMeetingClosed;
import vn.danhgia.annual.ReviewMeetingKind;
import vn.danhgia.annual.ReviewMeetingSummary;
import vn.danhgia.annual.ReviewMeetingView;
import vn.danhgia.annual.ReviewMeetings;
import vn.danhgia.annual.ReviewProposal;
import vn.danhgia.annual.ReviewSubject;
import vn.danhgia.organization.AccessScope;
import vn.danhgia.organization.AccessScopes;
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
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.platform.RecordNotFoundException;
import vn.danhgia.platform.Role;
import vn.danhgia.platform.RuleRefusedException;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.annual.NotReviewedReason;
import vn.danhgia.rules.annual.ReviewOrder.Track;
import vn.danhgia.rules.annual.ReviewOrder;
import vn.danhgia.rules.council.CouncilRule;
import vn.danhgia.rules.council.CouncilTally;
import vn.danhgia.rules.council.CouncilTallyResult;

/**
 * {@link ReviewMeetings} on JPA. Access: the chair, the secretary and the personnel officers whose office serves the
 * place manage the meeting; the people on its agenda read it with the opinions about themselves only. The vote uses
 * the council rule's defaults (two thirds present, more than half of the members): no seed names another for the
 * annual review.
 */
@Service
class JpaReviewMeetings implements ReviewMeetings {

    private static final int OPINION_MAX = 4000;
    private static final int TEXT_MAX = 200;

    private final ReviewMeetingRepository meetings;
    private final MeetingAgenda agenda;
    private final OrganizationQueries organization;
    private final AccessScopes access;
    private final CurrentActor currentActor;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    JpaReviewMeetings(ReviewMeetingRepository meetings, MeetingAgenda agenda, OrganizationQueries organization,
                      AccessScopes access, CurrentActor currentActor, AuditTrail audit,
                      ApplicationEventPublisher events, Clock clock) {
        this.meetings = meetings;
        this.agenda = agenda;
        this.organization = organization;
        this.access = access;
        this.currentActor = currentActor;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReviewMeetingSummary> visible(int year) {
        Actor actor = currentActor.get();
        AccessScope scope = access.of(actor, today());
        List<ReviewMeeting> shown = meetings.findByYear(year).stream()
                .filter(meeting -> manages(actor, scope, meeting) || onAgenda(actor, meeting)).toList();
        if (shown.isEmpty()) {
            return List.of();
        }
        // The places' names with one query for the whole list, not one per meeting.
        Map<Long, String> places = new HashMap<>();
        organization.units().forEach(unit -> places.put(unit.id().value(), unit.name()));
        return shown.stream().map(meeting -> summary(meeting, places.getOrDefault(meeting.placeUnitId(), "")))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayOpen(long placeUnitId) {
        Actor actor = currentActor.get();
        return mayOpen(actor, access.of(actor, today()), new UnitId(placeUnitId));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Long> openablePlaces() {
        Actor actor = currentActor.get();
        AccessScope scope = access.of(actor, today());
        return organization.units().stream().filter(unit -> mayOpen(actor, scope, unit.id()))
                .map(unit -> unit.id().value()).toList();
    }

    @Override
    @Transactional
    public ReviewMeetingView open(NewReviewMeeting request) {
        Actor actor = currentActor.get();
        List<FieldViolation> wrong = new ArrayList<>();
        if (request.placeUnitId() == null) {
            wrong.add(FieldViolation.of("placeUnitId", "annual.meeting.field.placeRequired"));
        }
        if (request.year() == null || request.year() < 2000 || request.year() > 2999) {
            wrong.add(FieldViolation.of("year", "annual.meeting.field.yearRequired"));
        }
        if (request.kind() == null) {
            wrong.add(FieldViolation.of("kind", "annual.meeting.field.kindRequired"));
        }
        if (request.heldOn() == null) {
            wrong.add(FieldViolation.of("heldOn", "annual.meeting.field.heldOnRequired"));
        } else if (request.year() != null && request.heldOn().getYear() != request.year()
                && request.heldOn().getYear() != request.year() + 1) {
            wrong.add(FieldViolation.of("heldOn", "annual.meeting.field.heldOnInYear", request.year()));
        }
        String location = request.location() == null ? "" : request.location().strip();
        if (location.isEmpty() || location.length() > 300) {
            wrong.add(FieldViolation.of("location", "annual.meeting.field.locationRequired"));
        }
        if (!wrong.isEmpty()) {
            throw new InvalidInputException(wrong);
        }
        UnitView place = organization.unit(new UnitId(request.placeUnitId()))
                .orElseThrow(() -> new RecordNotFoundException("UNIT", request.placeUnitId()));
        if (!mayOpen(actor, access.of(actor, today()), place.id())) {
            throw new AccessRefusedException("annual.meeting.refused.mayNotOpen");
        }
        if (meetings.findByPlace(place.id().value(), request.year(), request.kind()).isPresent()) {
            throw new RuleRefusedException("annual.meeting.refused.exists", place.name(), request.year());
        }
        List<MeetingAgenda.Line> lines = agenda.of(place, request.kind(), request.heldOn());
        List<FieldViolation> people = new ArrayList<>();
        requireCadre(request.chairCadreId(), "chairCadreId", people);
        requireCadre(request.secretaryCadreId(), "secretaryCadreId", people);
        if (!people.isEmpty()) {
            throw new InvalidInputException(people);
        }
        ReviewMeeting meeting = new ReviewMeeting(place.id().value(), request.year(), request.kind(),
                request.heldOn(), location, request.chairCadreId(), request.secretaryCadreId(), clock.instant());
        String collectiveKey = "U" + place.id().value();
        int position = 0;
        Set<Long> listed = new HashSet<>();
        for (MeetingAgenda.Line line : lines) {
            ReviewItem item = new ReviewItem(++position, line.subject(), line.name(), line.title(), collectiveKey,
                    line.rank(), line.track());
            meeting.addToAgenda(item);
            if (line.notReviewed() != null) {
                item.markNotReviewed(line.notReviewed());
            }
            // Exempt or suspended members take no part in the cell's activities (seed 004 §II.1); a new member does.
            boolean takesPart = line.notReviewed() == null
                    || line.notReviewed() == NotReviewedReason.ADMITTED_UNDER_SIX_MONTHS;
            if (line.rank() != null && takesPart && listed.add(line.subject().id())) {
                meeting.addAttendee(new MeetingAttendee(line.subject().id(), line.name(),
                        ReviewAttendeeCapacity.MEMBER, true), clock.instant());
            }
        }
        try {
            meetings.saveAndFlush(meeting);
        } catch (DataIntegrityViolationException taken) {
            throw new RuleRefusedException("annual.meeting.refused.exists", place.name(), request.year());
        }
        audit.record(new AuditRecord("REVIEW_MEETING_OPENED", ReviewMeeting.RECORD_TYPE, meeting.id(), null, null,
                Map.of("year", request.year(), "heldOn", request.heldOn().toString(), "items", lines.size())));
        return view(meeting, actor);
    }

    @Override
    @Transactional(readOnly = true)
    public ReviewMeetingView meeting(long id) {
        Actor actor = currentActor.get();
        ReviewMeeting meeting = find(id);
        if (!manages(actor, access.of(actor, today()), meeting) && !onAgenda(actor, meeting)) {
            throw new RecordNotFoundException(ReviewMeeting.RECORD_TYPE, id);
        }
        return view(meeting, actor);
    }

    @Override
    @Transactional
    public ReviewMeetingView recordAttendance(long id, long version, Map<Long, Boolean> presentByAttendee,
                                              Map<Long, String> notes) {
        Actor actor = currentActor.get();
        ReviewMeeting meeting = forChange(id, version, actor);
        meeting.recordAttendance(presentByAttendee, notes, clock.instant());
        long present = meeting.attendees().stream().filter(MeetingAttendee::present).count();
        audit.record(new AuditRecord("REVIEW_ATTENDANCE_RECORDED", ReviewMeeting.RECORD_TYPE, id, null, null,
                Map.of("present", present, "members", meeting.attendees().size())));
        return saved(meeting, actor);
    }

    @Override
    @Transactional
    public ReviewMeetingView addAttendee(long id, long version, ReviewAttendeeCapacity capacity, Long cadreId,
                                         String fullName) {
        Actor actor = currentActor.get();
        ReviewMeeting meeting = forChange(id, version, actor);
        String name = fullName == null ? "" : fullName.strip();
        if (cadreId != null) {
            name = organization.cadre(new CadreId(cadreId)).map(CadreView::fullName)
                    .orElseThrow(() -> new InvalidInputException(List.of(
                            FieldViolation.of("cadreId", "annual.meeting.field.unknownCadre"))));
        }
        List<FieldViolation> wrong = new ArrayList<>();
        if (capacity == null || capacity == ReviewAttendeeCapacity.MEMBER) {
            wrong.add(FieldViolation.of("capacity", "annual.meeting.field.capacityRequired"));
        }
        if (name.isEmpty() || name.length() > TEXT_MAX) {
            wrong.add(FieldViolation.of("fullName", "annual.meeting.field.nameRequired"));
        }
        if (!wrong.isEmpty()) {
            throw new InvalidInputException(wrong);
        }
        meeting.addAttendee(new MeetingAttendee(cadreId, name, capacity, true), clock.instant());
        audit.record(new AuditRecord("REVIEW_ATTENDEE_ADDED", ReviewMeeting.RECORD_TYPE, id, null, null,
                Map.of("capacity", capacity.name(), "fullName", name)));
        return saved(meeting, actor);
    }

    @Override
    @Transactional
    public ReviewMeetingView recordOpinion(long id, long version, long itemId, Long speakerCadreId,
                                           String speakerName, String content) {
        Actor actor = currentActor.get();
        ReviewMeeting meeting = forChange(id, version, actor);
        String speaker = speakerName == null ? "" : speakerName.strip();
        if (speakerCadreId != null) {
            speaker = meeting.attendees().stream().filter(a -> speakerCadreId.equals(a.cadreId()))
                    .map(MeetingAttendee::fullName).findFirst()
                    .orElseThrow(() -> new InvalidInputException(List.of(
                            FieldViolation.of("speakerCadreId", "annual.meeting.field.speakerNotAttending"))));
        }
        String said = content == null ? "" : content.strip();
        List<FieldViolation> wrong = new ArrayList<>();
        if (speaker.isEmpty() || speaker.length() > TEXT_MAX) {
            wrong.add(FieldViolation.of("speakerName", "annual.meeting.field.speakerRequired"));
        }
        if (said.isEmpty() || said.length() > OPINION_MAX) {
            wrong.add(FieldViolation.of("content", "annual.meeting.field.contentRequired", OPINION_MAX));
        }
        if (!wrong.isEmpty()) {
            throw new InvalidInputException(wrong);
        }
        ReviewItem item = meeting.item(itemId);
        meeting.recordOpinion(itemId, speakerCadreId, speaker, said, clock.instant());
        audit.record(new AuditRecord("REVIEW_OPINION_RECORDED", ReviewMeeting.RECORD_TYPE, id,
                item.subjectCadreId(), null, Map.of("speakerName", speaker)));
        return saved(meeting, actor);
    }

    @Override
    @Transactional
    public ReviewMeetingView recordVote(long id, long version, long itemId, Map<RatingLevel, Integer> votes) {
        Actor actor = currentActor.get();
        ReviewMeeting meeting = forChange(id, version, actor);
        int present = (int) meeting.attendees().stream().filter(a -> a.capacity().votes() && a.present()).count();
        int total = 0;
        List<FieldViolation> wrong = new ArrayList<>();
        for (RatingLevel level : RatingLevel.values()) {
            Integer count = votes.get(level);
            if (count != null && count < 0) {
                wrong.add(FieldViolation.of("votes." + level.name(), "annual.meeting.vote.negative"));
            } else if (count != null) {
                total += count;
            }
        }
        if (wrong.isEmpty() && total > present) {
            wrong.add(FieldViolation.of("votes", "annual.meeting.vote.tooMany", total, present));
        }
        if (!wrong.isEmpty()) {
            throw new InvalidInputException(wrong);
        }
        ReviewItem item = meeting.item(itemId);
        CouncilTallyResult result = meeting.recordVote(itemId, votes, CouncilRule.defaults(), clock.instant());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("proposedLevel", result.level().map(Enum::name).orElse(null));
        after.put("present", result.present());
        after.put("members", result.members());
        audit.record(new AuditRecord("REVIEW_VOTE_RECORDED", ReviewMeeting.RECORD_TYPE, id, item.subjectCadreId(),
                null, after));
        return saved(meeting, actor);
    }

    @Override
    @Transactional
    public ReviewMeetingView markNotReviewed(long id, long version, long itemId, NotReviewedReason reason) {
        Actor actor = currentActor.get();
        if (reason == null) {
            throw new InvalidInputException(List.of(FieldViolation.of("reason",
                    "annual.meeting.field.reasonRequired")));
        }
        ReviewMeeting meeting = forChange(id, version, actor);
        ReviewItem item = meeting.item(itemId);
        meeting.markNotReviewed(itemId, reason, clock.instant());
        audit.record(new AuditRecord("REVIEW_ITEM_NOT_REVIEWED", ReviewMeeting.RECORD_TYPE, id,
                item.subjectCadreId(), null, Map.of("reason", reason.name())));
        return saved(meeting, actor);
    }

    @Override
    @Transactional
    public ReviewMeetingView closeItem(long id, long version, long itemId) {
        Actor actor = currentActor.get();
        ReviewMeeting meeting = forChange(id, version, actor);
        ReviewItem item = meeting.item(itemId);
        List<ReviewOrder.Step> elsewhere = new ArrayList<>();
        if (item.subjectCadreId() != null && item.track() == Track.PARTY) {
            for (ReviewMeeting other : meetings.findWithCadre(meeting.year(), item.subjectCadreId())) {
                if (!other.id().equals(meeting.id())) {
                    other.items().stream().filter(i -> item.subjectCadreId().equals(i.subjectCadreId()))
                            .forEach(i -> elsewhere.add(i.step()));
                }
            }
        }
        meeting.closeItem(itemId, elsewhere, clock.instant());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", ReviewItemStatus.CLOSED.name());
        after.put("proposedLevel", item.proposedLevel().map(Enum::name).orElse(null));
        audit.record(new AuditRecord("REVIEW_ITEM_CLOSED", ReviewMeeting.RECORD_TYPE, id, item.subjectCadreId(),
                Map.of("status", ReviewItemStatus.PENDING.name()), after));
        ReviewMeetingView view = saved(meeting, actor);
        events.publishEvent(new ReviewItemClosed(id, itemId, item.subject(), meeting.year(), item.track(),
                item.proposedLevel(), item.closedAt()));
        return view;
    }

    @Override
    @Transactional
    public ReviewMeetingView close(long id, long version) {
        Actor actor = currentActor.get();
        ReviewMeeting meeting = forChange(id, version, actor);
        meeting.close(clock.instant());
        audit.record(new AuditRecord("REVIEW_MEETING_CLOSED", ReviewMeeting.RECORD_TYPE, id, null,
                Map.of("status", "OPEN"), Map.of("status", "CLOSED")));
        ReviewMeetingView view = saved(meeting, actor);
        events.publishEvent(new ReviewMeetingClosed(id, meeting.placeUnitId(), meeting.year(), meeting.kind(),
                meeting.closedAt()));
        return view;
    }

    @Override
    @Transactional(readOnly = true)
    public KeyCadresConsolidation consolidation(long id) {
        Actor actor = currentActor.get();
        ReviewMeeting conference = find(id);
        if (!manages(actor, access.of(actor, today()), conference)) {
            throw new RecordNotFoundException(ReviewMeeting.RECORD_TYPE, id);
        }
        if (conference.kind() != ReviewMeetingKind.KEY_CADRES) {
            throw new RuleRefusedException("annual.meeting.refused.notKeyCadres");
        }
        UnitId agency = organization.unit(new UnitId(conference.placeUnitId())).map(UnitView::parent)
                .filter(Objects::nonNull).orElse(new UnitId(conference.placeUnitId()));
        Map<RatingLevel, Integer> totals = new EnumMap<>(RatingLevel.class);
        int totalWithout = 0;
        List<KeyCadresConsolidation.Department> departments = new ArrayList<>();
        for (ReviewMeeting meeting : meetings.findByYear(conference.year())) {
            if (meeting.kind() != ReviewMeetingKind.DEPARTMENT) {
                continue;
            }
            Optional<UnitView> place = organization.unit(new UnitId(meeting.placeUnitId()));
            if (place.isEmpty() || !agency.equals(place.get().parent())) {
                continue;
            }
            Map<RatingLevel, Integer> counts = new EnumMap<>(RatingLevel.class);
            int without = 0;
            List<KeyCadresConsolidation.Line> lines = new ArrayList<>();
            for (ReviewItem item : meeting.items()) {
                Optional<RatingLevel> level = item.status() == ReviewItemStatus.CLOSED ? item.proposedLevel()
                        : Optional.empty();
                lines.add(new KeyCadresConsolidation.Line(item.subjectName(), item.title(), item.status(), level));
                if (item.status() == ReviewItemStatus.NOT_REVIEWED) {
                    continue;
                }
                if (level.isPresent()) {
                    counts.merge(level.get(), 1, Integer::sum);
                    totals.merge(level.get(), 1, Integer::sum);
                } else {
                    without++;
                    totalWithout++;
                }
            }
            departments.add(new KeyCadresConsolidation.Department(meeting.id(), place.get().name(),
                    !meeting.isOpen(), counts, without, lines));
        }
        departments.sort(Comparator.comparing(KeyCadresConsolidation.Department::name));
        return new KeyCadresConsolidation(id, conference.year(), departments, totals, totalWithout);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ReviewProposal> proposalFor(ReviewSubject subject, int year) {
        List<ReviewMeeting> found = subject.kind() == ReviewOrder.SubjectKind.COLLECTIVE
                ? meetings.findWithCollective(year, subject.id()) : meetings.findWithCadre(year, subject.id());
        List<ReviewProposal> proposals = new ArrayList<>();
        for (ReviewMeeting meeting : found) {
            for (ReviewItem item : meeting.items()) {
                if (item.subject().equals(subject) && item.status() == ReviewItemStatus.CLOSED) {
                    proposals.add(new ReviewProposal(subject, year, item.track(), meeting.id(),
                            placeName(meeting.placeUnitId()), item.proposedLevel(), item.tallyReason(),
                            item.voteMembers(), item.votePresent(), item.votes(), item.closedAt()));
                }
            }
        }
        // Seed 004 §VII.1: the workplace's proposal (the civil-servant rating) is the one a leader's party rating may
        // rest on; otherwise the latest closed review.
        return proposals.stream().max(Comparator
                .comparing((ReviewProposal p) -> p.track() == Track.CIVIL_SERVICE)
                .thenComparing(ReviewProposal::closedAt));
    }

    private ReviewMeeting forChange(long id, long version, Actor actor) {
        ReviewMeeting meeting = find(id);
        AccessScope scope = access.of(actor, today());
        if (!manages(actor, scope, meeting)) {
            if (onAgenda(actor, meeting)) {
                throw new AccessRefusedException("annual.meeting.refused.notManager");
            }
            throw new RecordNotFoundException(ReviewMeeting.RECORD_TYPE, id);
        }
        if (meeting.version() != version) {
            throw new ObjectOptimisticLockingFailureException(ReviewMeeting.class, id);
        }
        return meeting;
    }

    private ReviewMeetingView saved(ReviewMeeting meeting, Actor actor) {
        meetings.saveAndFlush(meeting);
        return view(meeting, actor);
    }

    private ReviewMeeting find(long id) {
        return meetings.findById(id).orElseThrow(() -> new RecordNotFoundException(ReviewMeeting.RECORD_TYPE, id));
    }

    private boolean manages(Actor actor, AccessScope scope, ReviewMeeting meeting) {
        return isCadre(actor, meeting.chairCadreId()) || isCadre(actor, meeting.secretaryCadreId())
                || actor.has(Role.PERSONNEL_OFFICER) && scope.served().contains(new UnitId(meeting.placeUnitId()));
    }

    private static boolean mayOpen(Actor actor, AccessScope scope, UnitId place) {
        return actor.has(Role.PERSONNEL_OFFICER) && scope.served().contains(place) || scope.leads().containsKey(place);
    }

    private static boolean onAgenda(Actor actor, ReviewMeeting meeting) {
        return actor.cadreId().isPresent() && meeting.items().stream()
                .anyMatch(item -> actor.cadreId().get().equals(item.subjectCadreId()));
    }

    private static boolean isCadre(Actor actor, Long cadreId) {
        return cadreId != null && actor.isCadre(cadreId);
    }

    private void requireCadre(Long cadreId, String field, List<FieldViolation> wrong) {
        if (cadreId != null && organization.cadre(new CadreId(cadreId)).isEmpty()) {
            wrong.add(FieldViolation.of(field, "annual.meeting.field.unknownCadre"));
        }
    }

    private static ReviewMeetingSummary summary(ReviewMeeting meeting, String placeName) {
        int closed = (int) meeting.items().stream().filter(i -> i.status() != ReviewItemStatus.PENDING).count();
        return new ReviewMeetingSummary(meeting.id(), meeting.placeUnitId(), placeName,
                meeting.year(), meeting.kind(), meeting.heldOn(), meeting.isOpen(), meeting.items().size(), closed);
    }

    private String placeName(long unitId) {
        return organization.unit(new UnitId(unitId)).map(UnitView::name).orElse("");
    }

    private ReviewMeetingView view(ReviewMeeting meeting, Actor actor) {
        boolean manageable = manages(actor, access.of(actor, today()), meeting);
        Long self = actor.cadreId().orElse(null);
        Map<Long, List<ReviewMeetingView.Opinion>> opinions = meeting.opinions().stream()
                .collect(Collectors.groupingBy(ReviewOpinion::itemId, LinkedHashMap::new,
                        Collectors.mapping(o -> new ReviewMeetingView.Opinion(o.id(), o.speakerCadreId(),
                                o.speakerName(), o.content(), o.recordedAt()), Collectors.toList())));
        List<ReviewMeetingView.Item> items = new ArrayList<>();
        int number = 0;
        for (ReviewItem item : meeting.items()) {
            boolean mayReadOpinions = manageable || self != null && self.equals(item.subjectCadreId());
            items.add(new ReviewMeetingView.Item(item.id(), ++number, item.subject(), item.subjectName(),
                    item.title(), item.rank(), item.track(), item.status(), item.notReviewedReason(),
                    item.notReviewedReason().map(reason -> agenda.since(item.subjectCadreId(), reason)).orElse(null),
                    vote(item),
                    item.closedAt(), mayReadOpinions ? opinions.getOrDefault(item.id(), List.of()) : List.of()));
        }
        List<ReviewMeetingView.Attendee> attendees = meeting.attendees().stream()
                .map(a -> new ReviewMeetingView.Attendee(a.id(), a.cadreId(), a.fullName(), a.capacity(),
                        a.present(), a.absenceNote()))
                .toList();
        // Either may be unnamed (null), which List.of refuses.
        Map<Long, String> names = names(java.util.Arrays.asList(meeting.chairCadreId(),
                meeting.secretaryCadreId()));
        return new ReviewMeetingView(meeting.id(), meeting.version(), meeting.placeUnitId(),
                placeName(meeting.placeUnitId()), meeting.year(), meeting.kind(), meeting.isOpen(),
                meeting.heldOn(), meeting.location(), person(meeting.chairCadreId(), names),
                person(meeting.secretaryCadreId(), names), meeting.openedAt(), meeting.closedAt(), items, attendees,
                meeting.missingSuperiors(), manageable, manageable);
    }

    private static Optional<ReviewMeetingView.Vote> vote(ReviewItem item) {
        if (!item.voted()) {
            return Optional.empty();
        }
        // The reason's figures come from the council tally itself, on the stored counts (same rule as when voted).
        CouncilTallyResult result = CouncilTally.tally(item.voteMembers(), item.votePresent(), item.votes(),
                CouncilRule.defaults());
        return Optional.of(new ReviewMeetingView.Vote(result.members(), result.present(), result.votes(),
                result.level(), result.reason(), result.reasonArguments(), item.votedAt()));
    }

    private Map<Long, String> names(Collection<Long> ids) {
        List<CadreId> wanted = ids.stream().filter(Objects::nonNull).map(CadreId::new).toList();
        return organization.cadres(wanted).stream()
                .collect(Collectors.toMap(c -> c.id().value(), CadreView::fullName, (a, b) -> a));
    }

    private static Optional<ReviewMeetingView.Person> person(Long cadreId, Map<Long, String> names) {
        return cadreId == null ? Optional.empty()
                : Optional.of(new ReviewMeetingView.Person(cadreId, names.getOrDefault(cadreId, "")));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}

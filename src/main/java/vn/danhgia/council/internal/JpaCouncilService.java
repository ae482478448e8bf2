package vn.danhgia.council.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danhgia.council.CouncilChoices;
import vn.danhgia.council.CouncilMemberInput;
import vn.danhgia.council.CouncilRole;
import vn.danhgia.council.CouncilService;
import vn.danhgia.council.CouncilSummary;
import vn.danhgia.council.CouncilView;
import vn.danhgia.council.CouncilVoteClosed;
import vn.danhgia.council.VoteSessionStatus;
import vn.danhgia.council.VoteSessionView;
import vn.danhgia.organization.AccessScopes;
import vn.danhgia.organization.CadreId;
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
import vn.danhgia.platform.RuleRefusedException;
import vn.danhgia.platform.VietnameseText;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.council.CouncilRule;
import vn.danhgia.rules.council.CouncilTallyResult;
import vn.danhgia.scheme.EvaluationSchemeView;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.scheme.SchemeCatalog;

/**
 * Councils and sessions stored with JPA, votes with JDBC (a re-vote replaces the member's row). Access is worked out
 * from {@link AccessScopes} and {@link CouncilSeats} on the clock's date and the quarter's: those who set a council up
 * are personnel officers whose office serves the unit and the authority deciding for its cadres; they and the chair
 * open and close sessions, and they, the chair and the secretary record the attendance. Votes are audited without a subject cadre, so that the cadre voted on does not learn from
 * their own trail who voted what.
 */
@Service
class JpaCouncilService implements CouncilService {

    static final String COUNCIL = "COUNCIL";
    static final String SESSION = "VOTE_SESSION";
    static final int MAX_MEMBERS = 99;

    private final CouncilRepository councils;
    private final VoteSessionRepository sessions;
    private final OrganizationQueries organization;
    private final AccessScopes access;
    private final CouncilSeats seats;
    private final CouncilTallies results;
    private final BallotFigures figures;
    private final SchemeCatalog schemes;
    private final CurrentActor currentActor;
    private final AuditTrail audit;
    private final Clock clock;
    private final NamedParameterJdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate writing;
    private final TransactionTemplate reading;

    JpaCouncilService(CouncilRepository councils, VoteSessionRepository sessions, OrganizationQueries organization,
                      AccessScopes access, CouncilSeats seats, CouncilTallies results, BallotFigures figures,
                      SchemeCatalog schemes, CurrentActor currentActor, AuditTrail audit, Clock clock,
                      NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactions,
                      ApplicationEventPublisher events) {
        this.events = events;
        this.councils = councils;
        this.sessions = sessions;
        this.organization = organization;
        this.access = access;
        this.seats = seats;
        this.results = results;
        this.figures = figures;
        this.schemes = schemes;
        this.currentActor = currentActor;
        this.audit = audit;
        this.clock = clock;
        this.jdbc = jdbc;
        this.writing = new TransactionTemplate(transactions);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    @Override
    public CouncilView configure(long unitId, int year, int quarter, List<CouncilMemberInput> members) {
        Actor actor = currentActor.get();
        UnitId unit = new UnitId(unitId);
        LocalDate date = periodViolations(year, quarter).isEmpty() ? dateOf(year, quarter) : today();
        boolean exists = organization.unit(unit).isPresent();
        boolean setsUp = exists && seats.setsUp(actor, unitId, today(), date);
        if (!setsUp && (!exists || !access.of(actor, today()).visibleUnits().contains(unit))) {
            throw new RecordNotFoundException("UNIT", unitId);
        }
        if (!setsUp) {
            throw new AccessRefusedException("review.council.notManager");
        }
        Map<Long, CouncilRole> checked = checkMembers(year, quarter, members, seats.eligible(unitId, date));
        Long id;
        try {
            id = writing.execute(status -> {
                if (councils.findByPeriod(unitId, year, quarter).isPresent()) {
                    throw new RuleRefusedException("review.council.exists");
                }
                int quorum = CouncilRule.defaults().quorumOf(checked.size());
                Council council = councils.save(new Council(unitId, year, quarter, quorum, actor.username(),
                        checked));
                councils.flush();
                audit.record(new AuditRecord("COUNCIL_CONFIGURED", COUNCIL, council.getId(), null, null,
                        council.snapshot()));
                return council.getId();
            });
        } catch (DataIntegrityViolationException raced) {
            throw new RuleRefusedException("review.council.exists");
        }
        return get(id);
    }

    @Override
    public CouncilView get(long councilId) {
        Actor actor = currentActor.get();
        return reading.execute(status -> {
            Council council = visibleCouncil(councilId, actor);
            return view(council);
        });
    }

    @Override
    public List<CouncilSummary> visible() {
        Actor actor = currentActor.get();
        Set<UnitId> seen = new HashSet<>(access.of(actor, today()).visibleUnits());
        seen.addAll(seats.setUpBy(actor, today(), today()));
        List<Long> units = new ArrayList<>(seen.stream().map(UnitId::value).toList());
        units.add(-1L);
        long self = actor.cadreId().orElse(-1L);
        return reading.execute(status -> {
            List<Council> listed = councils.findVisible(units, self);
            // The units are named from one read of them all, not one read per council listed.
            Map<Long, String> unitNames = new HashMap<>();
            if (!listed.isEmpty()) {
                organization.units().forEach(unit -> unitNames.put(unit.id().value(), unit.name()));
            }
            return listed.stream()
                    .map(council -> new CouncilSummary(council.getId(), unitNames.getOrDefault(council.unitId(), ""),
                            council.year(), council.quarter(), council.members().size()))
                    .toList();
        });
    }

    @Override
    public boolean maySetUp() {
        return !seats.setUpBy(currentActor.get(), today(), today()).isEmpty();
    }

    @Override
    public CouncilChoices choices() {
        Actor actor = currentActor.get();
        LocalDate today = today();
        Set<UnitId> units = seats.setUpBy(actor, today, today);
        Set<Long> eligible = new HashSet<>();
        seats.eligible(units, today).values().forEach(eligible::addAll);
        Set<Long> named = new HashSet<>();
        return new CouncilChoices(
                organization.units().stream().filter(unit -> units.contains(unit.id()))
                        .sorted(Comparator.comparing(UnitView::name, VietnameseText.TEXT_ORDER)).toList(),
                organization.cadresWithPositions(eligible.stream().map(CadreId::new).toList(), today).stream()
                        .filter(post -> named.add(post.cadreId().value()))
                        .toList());
    }

    @Override
    public VoteSessionView open(long councilId, long expectedCouncilVersion) {
        Actor actor = currentActor.get();
        Long id = writing.execute(status -> {
            Council council = councils.findForChange(councilId)
                    .orElseThrow(() -> new RecordNotFoundException(COUNCIL, councilId));
            requireVisible(council, actor);
            requireConductor(council, actor);
            if (council.version() != expectedCouncilVersion) {
                throw new ObjectOptimisticLockingFailureException(Council.class, councilId);
            }
            if (sessions.findByCouncil(councilId).stream().anyMatch(s -> s.status() == VoteSessionStatus.OPEN)) {
                throw new RuleRefusedException("review.council.sessionAlreadyOpen");
            }
            boolean secretBallot = schemes.inForce(new Quarter(council.year(), council.quarter()).lastDay())
                    .map(EvaluationSchemeView::secretBallot).orElse(false);
            VoteSession session = sessions.save(new VoteSession(councilId, clock.instant(), secretBallot));
            sessions.flush();
            audit.record(new AuditRecord("VOTE_SESSION_OPENED", SESSION, session.getId(), null, null,
                    Map.of("councilId", councilId, "status", session.status(), "secretBallot", secretBallot)));
            return session.getId();
        });
        return session(id);
    }

    @Override
    public VoteSessionView vote(long sessionId, long subjectCadreId, RatingLevel level) {
        Actor actor = currentActor.get();
        if (level == null) {
            throw new InvalidInputException(List.of(FieldViolation.of("level", "review.council.levelRequired")));
        }
        writing.executeWithoutResult(status -> {
            VoteSession session = sessions.findById(sessionId)
                    .orElseThrow(() -> new RecordNotFoundException(SESSION, sessionId));
            Council council = visibleCouncil(session.councilId(), actor);
            if (council.roleOf(actor.cadreId()).isEmpty()) {
                throw new AccessRefusedException("review.council.notMember");
            }
            long voter = actor.cadreId().orElseThrow();
            if (voter == subjectCadreId) {
                throw new AccessRefusedException("review.council.ownVote");
            }
            session.requireOpen();
            // Holds the session's row until this vote commits: a session closing meanwhile waits and then counts
            // this vote, or has already closed and the vote is refused; two votes of one member never interleave.
            if (jdbc.update("update vote_session set status = status where id = :session and status = 'OPEN'",
                    Map.of("session", sessionId)) == 0) {
                throw new RuleRefusedException("review.council.sessionClosed");
            }
            // Read under the session's lock: the attendance cannot change between this check and the vote.
            if (!jdbc.queryForList("select present from vote_session_attendance where session_id = :session"
                    + " and cadre_id = :voter", Map.of("session", sessionId, "voter", voter), Boolean.class)
                    .contains(Boolean.TRUE)) {
                throw new RuleRefusedException("review.council.notPresent");
            }
            if (subjects(council).stream().noneMatch(subject -> subject.cadreId() == subjectCadreId)) {
                throw new InvalidInputException(List.of(FieldViolation.of("subject",
                        "review.council.notASubject")));
            }
            Map<String, Object> key = Map.of("session", sessionId, "voter", voter, "subject", subjectCadreId);
            List<String> before = jdbc.queryForList("select level from vote where session_id = :session"
                    + " and voter_cadre_id = :voter and subject_cadre_id = :subject", key, String.class);
            jdbc.update("delete from vote where session_id = :session and voter_cadre_id = :voter"
                    + " and subject_cadre_id = :subject", key);
            Map<String, Object> row = new HashMap<>(key);
            row.put("level", level.name());
            jdbc.update("insert into vote (session_id, voter_cadre_id, subject_cadre_id, level)"
                    + " values (:session, :voter, :subject, :level)", row);
            audit.record(new AuditRecord(before.isEmpty() ? "VOTE_CAST" : "VOTE_CHANGED", SESSION, sessionId, null,
                    before.isEmpty() ? null : Map.of("subject", subjectCadreId, "level", before.get(0)),
                    Map.of("subject", subjectCadreId, "level", level.name())));
        });
        return session(sessionId);
    }

    @Override
    public VoteSessionView recordAttendance(long sessionId, long expectedVersion, Set<Long> presentCadreIds) {
        Actor actor = currentActor.get();
        writing.executeWithoutResult(status -> {
            VoteSession session = sessions.findById(sessionId)
                    .orElseThrow(() -> new RecordNotFoundException(SESSION, sessionId));
            Council council = visibleCouncil(session.councilId(), actor);
            requireAttendanceKeeper(council, actor);
            if (session.version() != expectedVersion) {
                throw new ObjectOptimisticLockingFailureException(VoteSession.class, sessionId);
            }
            session.requireOpen();
            Set<Long> present = presentCadreIds == null ? Set.of() : presentCadreIds;
            if (!council.members().keySet().containsAll(present)) {
                throw new InvalidInputException(List.of(FieldViolation.of("present",
                        "review.council.attendanceNotMember")));
            }
            // Holds the session's row as a vote does, so no vote slips in between this check and the record.
            if (jdbc.update("update vote_session set status = status where id = :session and status = 'OPEN'",
                    Map.of("session", sessionId)) == 0) {
                throw new RuleRefusedException("review.council.sessionClosed");
            }
            if (!present.containsAll(voters(sessionId))) {
                throw new RuleRefusedException("review.council.absentHasVoted");
            }
            Map<Long, Boolean> before = new TreeMap<>(session.attendance());
            Map<Long, Boolean> after = new TreeMap<>();
            council.members().keySet().forEach(member -> after.put(member, present.contains(member)));
            session.recordAttendance(after);
            sessions.flush();
            audit.record(new AuditRecord("VOTE_SESSION_ATTENDANCE_RECORDED", SESSION, sessionId, null,
                    Map.of("attendance", before), Map.of("attendance", after)));
        });
        return session(sessionId);
    }

    @Override
    public VoteSessionView close(long sessionId, long expectedVersion) {
        Actor actor = currentActor.get();
        writing.executeWithoutResult(status -> {
            VoteSession session = sessions.findById(sessionId)
                    .orElseThrow(() -> new RecordNotFoundException(SESSION, sessionId));
            Council council = visibleCouncil(session.councilId(), actor);
            requireConductor(council, actor);
            if (session.version() != expectedVersion) {
                throw new ObjectOptimisticLockingFailureException(VoteSession.class, sessionId);
            }
            session.close(clock.instant());
            sessions.flush();
            Map<Long, String> outcome = new TreeMap<>();
            results.tally(council, session, subjectIds(council)).forEach((cadre, result) ->
                    outcome.put(cadre, result.level().map(Enum::name).orElse(result.reason().name())));
            audit.record(new AuditRecord("VOTE_SESSION_CLOSED", SESSION, sessionId, null,
                    Map.of("status", VoteSessionStatus.OPEN),
                    Map.of("status", VoteSessionStatus.CLOSED, "present", session.presentCount(),
                            "results", outcome)));
            events.publishEvent(new CouncilVoteClosed(sessionId, council.getId(), council.unitId(),
                    new Quarter(council.year(), council.quarter())));
        });
        return session(sessionId);
    }

    @Override
    public VoteSessionView session(long sessionId) {
        Actor actor = currentActor.get();
        return reading.execute(status -> {
            VoteSession session = sessions.findById(sessionId)
                    .orElseThrow(() -> new RecordNotFoundException(SESSION, sessionId));
            Council council = visibleCouncil(session.councilId(), actor);
            List<CouncilView.Member> members = members(council);
            Map<Long, Boolean> attendance = session.attendance();
            Map<Long, RatingLevel> mine = new HashMap<>();
            actor.cadreId().filter(self -> council.members().containsKey(self)).ifPresent(self ->
                    jdbc.query("select subject_cadre_id, level from vote where session_id = :session"
                                    + " and voter_cadre_id = :voter", Map.of("session", sessionId, "voter", self),
                            rs -> {
                                mine.put(rs.getLong(1), RatingLevel.valueOf(rs.getString(2)));
                            }));
            boolean open = session.status() == VoteSessionStatus.OPEN;
            return new VoteSessionView(sessionId, session.version(), council.getId(), council.unitId(),
                    unitName(council.unitId()), council.year(), council.quarter(), council.quorumMembers(),
                    session.status(), session.openedAt(), session.closedAt(), members,
                    members.stream().filter(m -> Boolean.TRUE.equals(attendance.get(m.cadreId()))).toList(),
                    members.stream().filter(m -> Boolean.FALSE.equals(attendance.get(m.cadreId()))).toList(),
                    session.secretBallot(), session.tallyHidden(), ballot(council, session), mine,
                    open && keepsAttendance(council, actor), open && conducts(council, actor));
        });
    }

    /** Each subject with their figures and, unless a secret ballot is still open, their tally. */
    private List<VoteSessionView.SubjectTally> ballot(Council council, VoteSession session) {
        List<CouncilView.Person> subjects = subjects(council);
        List<Long> ids = subjects.stream().map(CouncilView.Person::cadreId).toList();
        Map<Long, VoteSessionView.Figures> shown = figures.of(ids, council.year(), council.quarter());
        Map<Long, CouncilTallyResult> tallies = session.tallyHidden() ? Map.of()
                : results.tally(council, session, ids);
        return subjects.stream()
                .map(subject -> new VoteSessionView.SubjectTally(subject,
                        shown.getOrDefault(subject.cadreId(), VoteSessionView.Figures.NONE),
                        tallies.get(subject.cadreId())))
                .toList();
    }

    private List<Long> voters(long sessionId) {
        return jdbc.queryForList("select distinct voter_cadre_id from vote where session_id = :session",
                Map.of("session", sessionId), Long.class);
    }

    private Council visibleCouncil(long councilId, Actor actor) {
        Council council = councils.findById(councilId)
                .orElseThrow(() -> new RecordNotFoundException(COUNCIL, councilId));
        requireVisible(council, actor);
        return council;
    }

    private void requireVisible(Council council, Actor actor) {
        if (council.roleOf(actor.cadreId()).isEmpty()
                && !access.of(actor, today()).visibleUnits().contains(new UnitId(council.unitId()))
                && !setsUp(actor, council)) {
            throw new RecordNotFoundException(COUNCIL, council.getId());
        }
    }

    private void requireConductor(Council council, Actor actor) {
        if (!conducts(council, actor)) {
            throw new AccessRefusedException("review.council.notConductor");
        }
    }

    private boolean conducts(Council council, Actor actor) {
        boolean chair = council.roleOf(actor.cadreId()).filter(role -> role == CouncilRole.CHAIR).isPresent();
        return chair || setsUp(actor, council);
    }

    private void requireAttendanceKeeper(Council council, Actor actor) {
        if (!keepsAttendance(council, actor)) {
            throw new AccessRefusedException("review.council.notAttendanceKeeper");
        }
    }

    /** The chair and the secretary keep the attendance (issue 12), and whoever may set the council up. */
    private boolean keepsAttendance(Council council, Actor actor) {
        boolean secretary = council.roleOf(actor.cadreId()).filter(role -> role == CouncilRole.SECRETARY)
                .isPresent();
        return secretary || conducts(council, actor);
    }

    private boolean setsUp(Actor actor, Council council) {
        return seats.setsUp(actor, council.unitId(), today(), dateOf(council.year(), council.quarter()));
    }

    /** The refusals of a council's period, none when it is a quarter the system rates. */
    private static List<FieldViolation> periodViolations(int year, int quarter) {
        List<FieldViolation> violations = new ArrayList<>();
        if (quarter < 1 || quarter > 4) {
            violations.add(FieldViolation.of("quarter", "review.council.quarterInvalid"));
        }
        if (year < 2000 || year > 2100) {
            violations.add(FieldViolation.of("year", "review.council.yearInvalid"));
        }
        return violations;
    }

    /** The day the council's people are taken on: the quarter's last day, or today while it runs. */
    private LocalDate dateOf(int year, int quarter) {
        LocalDate end = new Quarter(year, quarter).lastDay();
        return today().isBefore(end) ? today() : end;
    }

    private Map<Long, CouncilRole> checkMembers(int year, int quarter, List<CouncilMemberInput> members,
                                                Set<Long> eligible) {
        List<FieldViolation> violations = periodViolations(year, quarter);
        Map<Long, CouncilRole> checked = new LinkedHashMap<>();
        if (members == null || members.isEmpty() || members.size() > MAX_MEMBERS) {
            violations.add(FieldViolation.of("members", "review.council.membersCount", MAX_MEMBERS));
        } else {
            for (CouncilMemberInput member : members) {
                if (member == null || member.role() == null) {
                    violations.add(FieldViolation.of("members", "review.council.memberUnknown"));
                    break;
                }
                // An unknown id is answered like someone outside the scope: the refusal names nobody and tells
                // nothing about who exists.
                if (!eligible.contains(member.cadreId())) {
                    violations.add(FieldViolation.of("members", "review.council.memberOutsideScope"));
                    break;
                }
                if (checked.put(member.cadreId(), member.role()) != null) {
                    violations.add(FieldViolation.of("members", "review.council.memberTwice"));
                    break;
                }
            }
            if (checked.values().stream().filter(role -> role == CouncilRole.CHAIR).count() != 1) {
                violations.add(FieldViolation.of("members", "review.council.oneChair"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return checked;
    }

    private CouncilView view(Council council) {
        List<CouncilView.SessionSummary> history = sessions.findByCouncil(council.getId()).stream()
                .map(s -> new CouncilView.SessionSummary(s.getId(), s.version(), s.status(), s.openedAt(),
                        s.closedAt()))
                .toList();
        return new CouncilView(council.getId(), council.version(), council.unitId(), unitName(council.unitId()),
                council.year(), council.quarter(), council.quorumMembers(), members(council), subjects(council),
                history);
    }

    private List<CouncilView.Member> members(Council council) {
        Map<Long, CouncilRole> roles = council.members();
        return organization.cadres(roles.keySet().stream().map(CadreId::new).toList()).stream()
                .map(cadre -> new CouncilView.Member(cadre.id().value(), cadre.code(), cadre.fullName(),
                        roles.get(cadre.id().value())))
                .sorted(Comparator.comparing((CouncilView.Member m) -> m.role().ordinal())
                        .thenComparing(CouncilView.Member::code))
                .toList();
    }

    /** The cadres holding a post in the council's unit on the quarter's last day (or today, if earlier). */
    private List<CouncilView.Person> subjects(Council council) {
        Map<Long, CouncilView.Person> subjects = new TreeMap<>();
        organization.cadresWithPositionsIn(List.of(new UnitId(council.unitId())),
                        dateOf(council.year(), council.quarter()))
                .forEach(post -> subjects.putIfAbsent(post.cadreId().value(),
                        new CouncilView.Person(post.cadreId().value(), post.cadreCode(), post.fullName())));
        return subjects.values().stream().sorted(Comparator.comparing(CouncilView.Person::code)).toList();
    }

    private List<Long> subjectIds(Council council) {
        return subjects(council).stream().map(CouncilView.Person::cadreId).toList();
    }

    private String unitName(long unitId) {
        return organization.unit(new UnitId(unitId)).map(UnitView::name).orElse("");
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}

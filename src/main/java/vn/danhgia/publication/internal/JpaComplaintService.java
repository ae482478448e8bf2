package vn.danhgia.publication.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danhgia.decision.RatingPeriod;
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
import vn.danhgia.platform.TypedText;
import vn.danhgia.publication.ComplaintAnswered;
import vn.danhgia.publication.ComplaintService;
import vn.danhgia.publication.ComplaintView;
import vn.danhgia.publication.DossierView;
import vn.danhgia.publication.RatedRecord;
import vn.danhgia.publication.RatedRecords;
import vn.danhgia.publication.RatingKind;
import vn.danhgia.scheme.Quarter;

/**
 * Complaints stored with JPA. Who reads a complaint: its cadre, the inspection committee, and the personnel officers
 * serving its unit (seed 000 §IV.4: the committee handles complaints "phối hợp với Văn phòng Đảng ủy, Phòng Hành
 * chính- Tổ chức"); someone who sees the cadre otherwise is refused (403), anyone else is told it does not exist.
 * Only the inspection committee assigns and answers, never about their own rating; the assigned member answers.
 */
@Service
class JpaComplaintService implements ComplaintService {

    static final String COMPLAINT = "COMPLAINT";
    static final int MAX_TEXT = 4000;

    private final ComplaintRepository complaints;
    // Looked up when used: a later module's records (the yearly ratings) themselves read complaints through this service.
    private final ObjectProvider<RatedRecords> records;
    private final ComplaintWindow window;
    private final OrganizationQueries organization;
    private final AccessScopes access;
    private final CurrentActor currentActor;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate writing;
    private final TransactionTemplate reading;

    JpaComplaintService(ComplaintRepository complaints, ObjectProvider<RatedRecords> records, ComplaintWindow window,
                        OrganizationQueries organization, AccessScopes access, CurrentActor currentActor,
                        AuditTrail audit, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock,
                        PlatformTransactionManager transactions) {
        this.events = events;
        this.complaints = complaints;
        this.records = records;
        this.window = window;
        this.organization = organization;
        this.access = access;
        this.currentActor = currentActor;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
        this.writing = new TransactionTemplate(transactions);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    @Override
    public ComplaintView file(RatingKind kind, long ratingId, String text) {
        Actor actor = currentActor.get();
        String cleaned = required(text, "text", "review.complaint.textRequired");
        Long id = writing.execute(status -> {
            RatedRecord rating = records(kind).forComplaint(ratingId)
                    .orElseThrow(() -> new RecordNotFoundException(JpaAnnouncementService.RATING, ratingId));
            if (rating.cadreId() == null || !actor.isCadre(rating.cadreId())) {
                if (rating.cadreId() == null
                        || access.canSee(actor, new CadreId(rating.cadreId()), today())) {
                    throw new AccessRefusedException("review.complaint.notOwnRating");
                }
                throw new RecordNotFoundException(JpaAnnouncementService.RATING, ratingId);
            }
            if (!rating.announced()) {
                throw new RuleRefusedException("review.complaint.refusal.notAnnounced",
                        new DefaultMessageSourceResolvable(rating.statusKey()));
            }
            if (!window.isOpen(rating)) {
                throw new RuleRefusedException("review.complaint.refusal.windowClosed",
                        day(window.lastDay(rating)));
            }
            if (complaints.findOfRatings(kind, List.of(ratingId)).stream().anyMatch(c -> !c.status().answered())) {
                throw new RuleRefusedException("review.complaint.refusal.alreadyOpen");
            }
            Complaint complaint = complaints.save(new Complaint(rating, rating.cadreId(), cleaned, actor.username(),
                    clock.instant()));
            complaints.flush();
            audit.record(new AuditRecord("COMPLAINT_FILED", COMPLAINT, complaint.getId(), complaint.cadreId(), null,
                    complaint.snapshot()));
            return complaint.getId();
        });
        return get(id);
    }

    @Override
    public List<ComplaintView> visible() {
        Actor actor = currentActor.get();
        return reading.execute(status -> {
            List<Complaint> found;
            if (actor.has(Role.INSPECTION)) {
                found = complaints.findNewestFirst();
            } else {
                found = actor.cadreId().map(complaints::findOfCadre).orElse(List.of());
            }
            return views(found);
        });
    }

    @Override
    public ComplaintView get(long complaintId) {
        Actor actor = currentActor.get();
        return reading.execute(status -> {
            Complaint complaint = complaints.findById(complaintId)
                    .orElseThrow(() -> new RecordNotFoundException(COMPLAINT, complaintId));
            requireReader(actor, complaint);
            return views(List.of(complaint)).get(0);
        });
    }

    @Override
    public List<ComplaintView> ofRatings(RatingKind kind, Collection<Long> ratingIds) {
        if (ratingIds.isEmpty()) {
            return List.of();
        }
        return reading.execute(status -> views(complaints.findOfRatings(kind, ratingIds)));
    }

    @Override
    public LocalDate lastComplaintDay(RatingPeriod period, Instant announcedAt) {
        return window.lastDay(period, announcedAt);
    }

    @Override
    public Map<Instant, LocalDate> lastComplaintDays(RatingPeriod period, Collection<Instant> announcedAts) {
        return window.lastDays(period, announcedAts);
    }

    @Override
    public boolean anyOpen(RatingKind kind, Collection<Long> ratingIds) {
        if (ratingIds.isEmpty()) {
            return false;
        }
        return Boolean.TRUE.equals(reading.execute(status -> complaints.findOfRatings(kind, ratingIds).stream()
                .anyMatch(complaint -> !complaint.status().answered())));
    }

    @Override
    public ComplaintView assign(long complaintId, long expectedVersion, long inspectorCadreId) {
        Actor actor = currentActor.get();
        writing.executeWithoutResult(status -> {
            Complaint complaint = forChange(actor, complaintId, expectedVersion);
            if (!isInspector(inspectorCadreId) || inspectorCadreId == complaint.cadreId()) {
                throw new InvalidInputException(List.of(FieldViolation.of("inspectorCadreId",
                        "review.complaint.inspectorInvalid")));
            }
            Complaint.Snapshot before = complaint.snapshot();
            complaint.assign(inspectorCadreId, actor.username(), clock.instant());
            complaints.flush();
            audit.record(new AuditRecord("COMPLAINT_ASSIGNED", COMPLAINT, complaintId, complaint.cadreId(), before,
                    complaint.snapshot()));
        });
        return get(complaintId);
    }

    @Override
    public ComplaintView answer(long complaintId, long expectedVersion, boolean upheld, String answer) {
        Actor actor = currentActor.get();
        String cleaned = required(answer, "answer", "review.complaint.answerRequired");
        writing.executeWithoutResult(status -> {
            Complaint complaint = forChange(actor, complaintId, expectedVersion);
            if (complaint.assignedCadreId() != null && !actor.isCadre(complaint.assignedCadreId())) {
                throw new AccessRefusedException("review.complaint.notAssignee");
            }
            Complaint.Snapshot before = complaint.snapshot();
            complaint.answer(upheld, cleaned, actor.username(), clock.instant());
            complaints.flush();
            audit.record(new AuditRecord(upheld ? "COMPLAINT_UPHELD" : "COMPLAINT_REJECTED", COMPLAINT, complaintId,
                    complaint.cadreId(), before, complaint.snapshot()));
            if (upheld) {
                cancelRating(complaint, cleaned, actor);
            }
            events.publishEvent(new ComplaintAnswered(complaintId, complaint.cadreId(), complaint.period(), upheld));
        });
        return get(complaintId);
    }

    /** Seed 000 §II.2: "xem xét hủy bỏ, đánh giá, xếp loại lại"; the cadre's period is open for a new rating. */
    private void cancelRating(Complaint complaint, String answer, Actor actor) {
        String reason = "Khiếu nại số " + complaint.getId() + " được chấp nhận: " + answer;
        records(complaint.ratingKind()).cancelAfterUpheldComplaint(complaint.ratingId(),
                reason.length() > MAX_TEXT ? reason.substring(0, MAX_TEXT) : reason, actor);
    }

    private RatedRecords records(RatingKind kind) {
        return records.stream().filter(store -> store.kind() == kind).findFirst()
                .orElseThrow(() -> new IllegalStateException("no ratings of kind " + kind + " to complain about"));
    }

    @Override
    public List<DossierView.UnitCadre> inspectors() {
        List<Long> ids = jdbc.sql("""
                        select distinct a.cadre_id from user_account a join user_role r on r.user_id = a.id
                        where r.role = 'INSPECTION' and a.cadre_id is not null""")
                .query(Long.class).list();
        return organization.cadres(ids.stream().map(CadreId::new).toList()).stream()
                .map(c -> new DossierView.UnitCadre(c.id().value(), c.code(), c.fullName()))
                .sorted(Comparator.comparing(DossierView.UnitCadre::code))
                .toList();
    }

    private boolean isInspector(long cadreId) {
        return inspectors().stream().anyMatch(inspector -> inspector.cadreId() == cadreId);
    }

    private Complaint forChange(Actor actor, long complaintId, long expectedVersion) {
        Complaint complaint = complaints.findForChange(complaintId)
                .orElseThrow(() -> new RecordNotFoundException(COMPLAINT, complaintId));
        requireReader(actor, complaint);
        if (!actor.has(Role.INSPECTION) || actor.isCadre(complaint.cadreId())) {
            throw new AccessRefusedException("review.complaint.notInspection");
        }
        if (complaint.version() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Complaint.class, complaintId);
        }
        return complaint;
    }

    private void requireReader(Actor actor, Complaint complaint) {
        if (actor.isCadre(complaint.cadreId()) || actor.has(Role.INSPECTION)) {
            return;
        }
        var scope = access.of(actor, today());
        if (actor.has(Role.PERSONNEL_OFFICER) && scope.served().contains(new UnitId(complaint.unitId()))) {
            return;
        }
        if (scope.canSee(new CadreId(complaint.cadreId()), access.postsOf(new CadreId(complaint.cadreId()),
                today()))) {
            throw new AccessRefusedException("review.complaint.notReader");
        }
        throw new RecordNotFoundException(COMPLAINT, complaint.getId());
    }

    List<ComplaintView> views(List<Complaint> found) {
        Map<Long, CadreView> people = organization.cadres(found.stream()
                        .flatMap(c -> Stream.of(c.cadreId(), c.assignedCadreId()))
                        .filter(Objects::nonNull).distinct().map(CadreId::new).toList()).stream()
                .collect(Collectors.toMap(c -> c.id().value(), Function.identity()));
        List<ComplaintView> views = new ArrayList<>();
        for (Complaint c : found) {
            RatingPeriod period = c.period();
            views.add(new ComplaintView(c.getId(), c.version(), c.ratingKind(), c.ratingId(), c.cadreId(),
                    people.get(c.cadreId()).fullName(), c.unitId(), unitName(c.unitId()), period, period.year(),
                    period.quarter().map(Quarter::number).orElse(0), c.text(), c.filedAt(), c.status(), c.assignedCadreId(),
                    Optional.ofNullable(c.assignedCadreId()).map(people::get).map(CadreView::fullName).orElse(null),
                    c.answer(), c.answeredBy(), c.answeredAt()));
        }
        return views;
    }

    private static String required(String text, String field, String messageKey) {
        String cleaned = TypedText.blankToNull(text);
        if (cleaned == null) {
            throw new InvalidInputException(List.of(FieldViolation.of(field, messageKey)));
        }
        if (cleaned.length() > MAX_TEXT) {
            throw new InvalidInputException(List.of(FieldViolation.of(field, "review.complaint.textTooLong",
                    MAX_TEXT)));
        }
        return cleaned;
    }

    private String unitName(long unitId) {
        return organization.unit(new UnitId(unitId)).map(UnitView::name).orElse("");
    }

    private static String day(LocalDate date) {
        return DateTimeFormatter.ofPattern("dd/MM/yyyy").format(date);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}

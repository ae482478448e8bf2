package vn.danhgia.membership.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.danhgia.membership.AnnualAuthorityRow;
import vn.danhgia.membership.AuthorityChange;
import vn.danhgia.membership.AuthorityKind;
import vn.danhgia.membership.AuthoritySubject;
import vn.danhgia.membership.ReviewSubjectRow;
import vn.danhgia.membership.SubjectChange;
import vn.danhgia.membership.SubjectKind;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.organization.PositionId;
import vn.danhgia.organization.UnitId;
import vn.danhgia.organization.UnitKind;
import vn.danhgia.organization.UnitView;
import vn.danhgia.platform.AccessRefusedException;
import vn.danhgia.platform.AuditRecord;
import vn.danhgia.platform.AuditTrail;
import vn.danhgia.platform.CurrentActor;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.platform.RecordNotFoundException;
import vn.danhgia.platform.Role;

/**
 * The administrator's side of review subjects and annual authorities (issue 13 §2): the rows the unit kinds and
 * positions cannot say by themselves, listed, checked field by field, changed only from the version read, audited.
 */
@Component
@Transactional
class SubjectSetup {

    static final String SUBJECT_RECORD = "REVIEW_SUBJECT";
    static final String AUTHORITY_RECORD = "REVIEW_AUTHORITY";
    private static final int BASIS_MAX = 500;

    private final ReviewSubjectRepository subjects;
    private final AnnualAuthorityRepository authorities;
    private final OrganizationQueries organization;
    private final CurrentActor currentActor;
    private final AuditTrail audit;
    private final JdbcClient jdbc;

    SubjectSetup(ReviewSubjectRepository subjects, AnnualAuthorityRepository authorities,
                 OrganizationQueries organization, CurrentActor currentActor, AuditTrail audit, JdbcClient jdbc) {
        this.subjects = subjects;
        this.authorities = authorities;
        this.organization = organization;
        this.currentActor = currentActor;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    List<ReviewSubjectRow> subjectRows() {
        requireAdmin();
        return subjects.findAll().stream().map(this::row)
                .sorted(Comparator.comparing(ReviewSubjectRow::unitName)).toList();
    }

    ReviewSubjectRow saveSubject(Long id, Long expectedVersion, SubjectChange change) {
        requireAdmin();
        ReviewSubjectEntry entry = id == null ? null : subjects.findById(id)
                .orElseThrow(() -> new RecordNotFoundException(SUBJECT_RECORD, id));
        current(entry, expectedVersion, ReviewSubjectEntry.class, id);
        List<FieldViolation> violations = new ArrayList<>();
        Optional<UnitView> unit = unit(change.unit(), "unit", violations);
        if (change.kind() == null) {
            violations.add(FieldViolation.of("kind", "membership.error.required"));
        }
        unit.ifPresent(found -> subjects.findByUnitId(found.id().value())
                .filter(other -> entry == null || !other.id().equals(entry.id()))
                .ifPresent(other -> violations.add(FieldViolation.of("unit", "membership.error.subject-exists"))));
        if (change.residential() && (change.kind() != SubjectKind.PARTY_ORGANIZATION
                || unit.map(found -> found.kind() != UnitKind.PARTY_CELL).orElse(false))) {
            violations.add(FieldViolation.of("residential", "membership.error.residential-not-cell"));
        }
        refuse(violations);
        Map<String, Object> before = entry == null ? null : state(entry);
        ReviewSubjectEntry saved;
        if (entry == null) {
            saved = subjects.saveAndFlush(new ReviewSubjectEntry(change.unit().value(), change.kind(),
                    change.residential()));
        } else {
            entry.change(change.unit().value(), change.kind(), change.residential());
            saved = subjects.saveAndFlush(entry);
        }
        audit.record(new AuditRecord(entry == null ? "REVIEW_SUBJECT_RECORDED" : "REVIEW_SUBJECT_CHANGED",
                SUBJECT_RECORD, saved.id(), null, before, state(saved)));
        return row(saved);
    }

    @Transactional(readOnly = true)
    List<AnnualAuthorityRow> authorityRows() {
        requireAdmin();
        return authorities.findAll().stream().sorted(Comparator.comparing(AnnualAuthorityRule::id)).map(this::row)
                .toList();
    }

    AnnualAuthorityRow saveAuthority(Long id, Long expectedVersion, AuthorityChange change) {
        requireAdmin();
        AnnualAuthorityRule rule = id == null ? null : authorities.findById(id)
                .orElseThrow(() -> new RecordNotFoundException(AUTHORITY_RECORD, id));
        current(rule, expectedVersion, AnnualAuthorityRule.class, id);
        List<FieldViolation> violations = new ArrayList<>();
        AuthoritySubject subject = change.subject();
        if (subject == null) {
            violations.add(FieldViolation.of("subject", "membership.error.required"));
        } else if (subject.position() != null ? positionName(subject.position()).isEmpty()
                : organization.unit(subject.collective() != null ? subject.collective() : subject.everyoneUnder())
                .isEmpty()) {
            violations.add(FieldViolation.of("subject", "membership.error.unknown-subject"));
        }
        if (change.kind() == null) {
            violations.add(FieldViolation.of("kind", "membership.error.required"));
        }
        unit(change.authority(), "authority", violations);
        if (change.kind() == AuthorityKind.RATES && change.recipient() != null) {
            violations.add(FieldViolation.of("recipient", "membership.error.recipient-for-rates"));
        } else if (change.kind() != null && change.kind() != AuthorityKind.RATES) {
            unit(change.recipient(), "recipient", violations);
        }
        if (change.validFrom() == null) {
            violations.add(FieldViolation.of("validFrom", "membership.error.required"));
        } else if (change.validTo() != null && change.validTo().isBefore(change.validFrom())) {
            violations.add(FieldViolation.of("validTo", "membership.error.end-before-start"));
        }
        String basis = change.basis() == null ? "" : change.basis().strip();
        if (basis.isEmpty()) {
            violations.add(FieldViolation.of("basis", "membership.error.required"));
        } else if (basis.length() > BASIS_MAX) {
            violations.add(FieldViolation.of("basis", "membership.error.too-long", BASIS_MAX));
        }
        refuse(violations);
        AnnualAuthorityRule.Scope scope = subject.position() != null ? AnnualAuthorityRule.Scope.POSITION
                : subject.collective() != null ? AnnualAuthorityRule.Scope.COLLECTIVE
                : AnnualAuthorityRule.Scope.EVERYONE_UNDER;
        Long position = subject.position() == null ? null : subject.position().value();
        Long unit = subject.collective() != null ? Long.valueOf(subject.collective().value())
                : subject.everyoneUnder() != null ? Long.valueOf(subject.everyoneUnder().value()) : null;
        Long recipient = change.recipient() == null ? null : change.recipient().value();
        Map<String, Object> before = rule == null ? null : state(rule);
        AnnualAuthorityRule saved;
        if (rule == null) {
            saved = new AnnualAuthorityRule(scope, position, unit, change.kind(), change.authority().value(),
                    recipient, change.validFrom(), basis);
            saved.change(scope, position, unit, change.kind(), change.authority().value(), recipient,
                    change.validFrom(), change.validTo(), basis);
            saved = authorities.saveAndFlush(saved);
        } else {
            rule.change(scope, position, unit, change.kind(), change.authority().value(), recipient,
                    change.validFrom(), change.validTo(), basis);
            saved = authorities.saveAndFlush(rule);
        }
        audit.record(new AuditRecord(rule == null ? "REVIEW_AUTHORITY_RECORDED" : "REVIEW_AUTHORITY_CHANGED",
                AUTHORITY_RECORD, saved.id(), null, before, state(saved)));
        return row(saved);
    }

    private void requireAdmin() {
        if (!currentActor.get().has(Role.ADMIN)) {
            throw new AccessRefusedException("platform.users.admin-only");
        }
    }

    /** A change names the version it was read at; a new row names none. */
    private static void current(Object stored, Long expectedVersion, Class<?> type, Long id) {
        long version = stored instanceof ReviewSubjectEntry entry ? entry.version()
                : stored instanceof AnnualAuthorityRule rule ? rule.version() : -1;
        boolean fresh = stored == null ? expectedVersion == null
                : expectedVersion != null && expectedVersion == version;
        if (!fresh) {
            throw new ObjectOptimisticLockingFailureException(type, id == null ? "new" : id);
        }
    }

    private Optional<UnitView> unit(UnitId unit, String field, List<FieldViolation> violations) {
        if (unit == null) {
            violations.add(FieldViolation.of(field, "membership.error.required"));
            return Optional.empty();
        }
        Optional<UnitView> found = organization.unit(unit);
        if (found.isEmpty()) {
            violations.add(FieldViolation.of(field, "membership.error.unknown-unit"));
        }
        return found;
    }

    private static void refuse(List<FieldViolation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private Optional<String> positionName(PositionId position) {
        return jdbc.sql("""
                        select p.title || ' – ' || u.name from org_position p join org_unit u on u.id = p.unit_id
                        where p.id = ?""")
                .param(position.value()).query(String.class).optional();
    }

    private String unitName(Long unit) {
        return unit == null ? null : organization.unit(new UnitId(unit)).map(UnitView::name).orElse("");
    }

    private ReviewSubjectRow row(ReviewSubjectEntry entry) {
        return new ReviewSubjectRow(entry.id(), entry.version(), new UnitId(entry.unitId()),
                unitName(entry.unitId()), entry.kind(), entry.residential());
    }

    private AnnualAuthorityRow row(AnnualAuthorityRule rule) {
        AuthoritySubject subject = switch (rule.scope()) {
            case POSITION -> AuthoritySubject.position(new PositionId(rule.positionId()));
            case COLLECTIVE -> AuthoritySubject.collective(new UnitId(rule.subjectUnitId()));
            case EVERYONE_UNDER -> AuthoritySubject.everyoneUnder(new UnitId(rule.subjectUnitId()));
        };
        String subjectName = rule.positionId() != null
                ? positionName(new PositionId(rule.positionId())).orElse("") : unitName(rule.subjectUnitId());
        String subjectCode = rule.positionId() != null
                ? jdbc.sql("select code from org_position where id = ?").param(rule.positionId()).query(String.class)
                .optional().orElse("")
                : organization.unit(new UnitId(rule.subjectUnitId())).map(UnitView::code).orElse("");
        return new AnnualAuthorityRow(rule.id(), rule.version(), subject, subjectCode, subjectName, rule.kind(),
                new UnitId(rule.authorityUnitId()), unitName(rule.authorityUnitId()),
                rule.recipientUnitId() == null ? null : new UnitId(rule.recipientUnitId()),
                unitName(rule.recipientUnitId()), rule.validFrom(), rule.validTo(), rule.basis());
    }

    private Map<String, Object> state(ReviewSubjectEntry entry) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("unit", unitName(entry.unitId()));
        state.put("subjectKind", entry.kind().name());
        state.put("residential", entry.residential());
        return state;
    }

    private Map<String, Object> state(AnnualAuthorityRule rule) {
        AnnualAuthorityRow row = row(rule);
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("subjectScope", rule.scope().name());
        state.put("subjectName", row.subjectName());
        state.put("authorityKind", rule.kind().name());
        state.put("authority", row.authorityName());
        state.put("recipient", row.recipientName());
        state.put("validFrom", rule.validFrom());
        state.put("validTo", rule.validTo());
        state.put("basis", rule.basis());
        return state;
    }
}

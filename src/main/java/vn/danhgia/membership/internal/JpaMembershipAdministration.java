package vn.danhgia.membership.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danhgia.membership.AnnualAuthorityRow;
import vn.danhgia.membership.AuthorityChange;
import vn.danhgia.membership.AuthorityKind;
import vn.danhgia.membership.AuthoritySubject;
import vn.danhgia.membership.MembershipAdministration;
import vn.danhgia.membership.MembershipChange;
import vn.danhgia.membership.PartyMembershipView;
import vn.danhgia.membership.ReviewSubjectRow;
import vn.danhgia.membership.ReviewSubjects;
import vn.danhgia.membership.SubjectChange;
import vn.danhgia.membership.SubjectKind;
import vn.danhgia.organization.CadreId;
import vn.danhgia.organization.CadreView;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.organization.UnitId;
import vn.danhgia.organization.UnitKind;
import vn.danhgia.platform.AuditRecord;
import vn.danhgia.platform.AuditTrail;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.platform.RecordNotFoundException;

@Service
@Transactional
class JpaMembershipAdministration implements MembershipAdministration {

    static final String RECORD_TYPE = "PARTY_MEMBERSHIP";

    private final OrganizationQueries organization;
    private final PartyMembershipRepository memberships;
    private final ReviewSubjectRepository subjects;
    private final AnnualAuthorityRepository authorities;
    private final ReviewSubjects reads;
    private final AuditTrail audit;
    private final SubjectSetup setup;

    JpaMembershipAdministration(OrganizationQueries organization, PartyMembershipRepository memberships,
                                ReviewSubjectRepository subjects, AnnualAuthorityRepository authorities,
                                ReviewSubjects reads, AuditTrail audit, SubjectSetup setup) {
        this.organization = organization;
        this.memberships = memberships;
        this.subjects = subjects;
        this.authorities = authorities;
        this.reads = reads;
        this.audit = audit;
        this.setup = setup;
    }

    @Override
    public List<ReviewSubjectRow> subjectRows() {
        return setup.subjectRows();
    }

    @Override
    public ReviewSubjectRow saveSubject(Long id, Long expectedVersion, SubjectChange change) {
        return setup.saveSubject(id, expectedVersion, change);
    }

    @Override
    public List<AnnualAuthorityRow> authorityRows() {
        return setup.authorityRows();
    }

    @Override
    public AnnualAuthorityRow saveAuthority(Long id, Long expectedVersion, AuthorityChange change) {
        return setup.saveAuthority(id, expectedVersion, change);
    }

    @Override
    public PartyMembershipView record(CadreId cadre, MembershipChange change, Long expectedVersion) {
        CadreView person = organization.cadre(cadre)
                .orElseThrow(() -> new RecordNotFoundException("CADRE", cadre.value()));
        validate(person, change);
        MembershipTerms terms = new MembershipTerms(change.cell().value(), change.admittedOn(), change.officialOn(),
                change.exemptSince(), change.suspendedSince());
        PartyMembership existing = memberships.findByCadreId(cadre.value()).orElse(null);
        if (existing == null) {
            if (expectedVersion != null) {
                throw new ObjectOptimisticLockingFailureException(PartyMembership.class, cadre.value());
            }
            memberships.saveAndFlush(new PartyMembership(cadre.value(), terms));
            audit.record(new AuditRecord("PARTY_MEMBERSHIP_RECORDED", RECORD_TYPE, cadre.value(), cadre.value(), null,
                    state(terms)));
            return reads.membership(cadre).orElseThrow();
        }
        if (expectedVersion == null) {
            throw new ObjectOptimisticLockingFailureException(PartyMembership.class, cadre.value());
        }
        existing.checkVersion(expectedVersion);
        MembershipTerms before = existing.terms();
        if (!before.equals(terms)) {
            existing.change(terms);
            memberships.saveAndFlush(existing);
            audit.record(new AuditRecord("PARTY_MEMBERSHIP_CHANGED", RECORD_TYPE, cadre.value(), cadre.value(),
                    state(before), state(terms)));
        }
        return reads.membership(cadre).orElseThrow();
    }

    @Override
    public void markSubject(UnitId unit, SubjectKind kind, boolean residential) {
        var view = organization.unit(unit).orElseThrow(() -> new RecordNotFoundException("UNIT", unit.value()));
        if (residential && (kind != SubjectKind.PARTY_ORGANIZATION || view.kind() != UnitKind.PARTY_CELL)) {
            throw new InvalidInputException(List.of(FieldViolation.of("residential",
                    "membership.error.residential-not-cell")));
        }
        subjects.findByUnitId(unit.value()).ifPresent(subjects::delete);
        subjects.flush();
        subjects.save(new ReviewSubjectEntry(unit.value(), kind, residential));
    }

    @Override
    public void assignAuthority(AuthoritySubject subject, AuthorityKind kind, UnitId authority, UnitId recipient,
                                LocalDate from, String basis) {
        if ((kind == AuthorityKind.RATES) != (recipient == null)) {
            throw new IllegalArgumentException("a recipient for PROPOSES_TO and ASSESSES_AND_REPORTS only");
        }
        AnnualAuthorityRule.Scope scope = subject.position() != null ? AnnualAuthorityRule.Scope.POSITION
                : subject.collective() != null ? AnnualAuthorityRule.Scope.COLLECTIVE
                : AnnualAuthorityRule.Scope.EVERYONE_UNDER;
        Long unit = subject.collective() != null ? Long.valueOf(subject.collective().value())
                : subject.everyoneUnder() != null ? Long.valueOf(subject.everyoneUnder().value()) : null;
        authorities.save(new AnnualAuthorityRule(scope,
                subject.position() == null ? null : subject.position().value(), unit, kind, authority.value(),
                recipient == null ? null : recipient.value(), from, basis));
    }

    private void validate(CadreView person, MembershipChange change) {
        List<FieldViolation> violations = new ArrayList<>();
        if (!person.partyMember()) {
            violations.add(FieldViolation.of("cadre", "membership.error.not-party-member", person.fullName()));
        }
        if (change.cell() == null) {
            violations.add(FieldViolation.of("cell", "membership.error.required"));
        } else if (organization.unit(change.cell()).filter(unit -> unit.kind() == UnitKind.PARTY_CELL).isEmpty()) {
            violations.add(FieldViolation.of("cell", "membership.error.cell-not-party-cell"));
        }
        LocalDate admitted = change.admittedOn();
        if (admitted == null) {
            violations.add(FieldViolation.of("admittedOn", "membership.error.required"));
        } else {
            if (admitted.isBefore(person.birthDate().plusYears(18))) {
                violations.add(FieldViolation.of("admittedOn", "membership.error.admitted-under-age"));
            }
            notBefore("officialOn", change.officialOn(), admitted, violations);
            notBefore("exemptSince", change.exemptSince(), admitted, violations);
            notBefore("suspendedSince", change.suspendedSince(), admitted, violations);
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private static void notBefore(String field, LocalDate date, LocalDate admitted, List<FieldViolation> violations) {
        if (date != null && date.isBefore(admitted)) {
            violations.add(FieldViolation.of(field, "membership.error.before-admission"));
        }
    }

    // The cell by name, as the audit page shows it to people.
    private Map<String, Object> state(MembershipTerms terms) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("cell", organization.unit(new UnitId(terms.cell())).map(unit -> unit.name())
                .orElse(String.valueOf(terms.cell())));
        state.put("admittedOn", terms.admittedOn());
        state.put("officialOn", terms.officialOn());
        state.put("exemptSince", terms.exemptSince());
        state.put("suspendedSince", terms.suspendedSince());
        return state;
    }
}

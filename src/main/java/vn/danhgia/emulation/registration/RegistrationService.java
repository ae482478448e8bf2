package vn.danhgia.emulation.registration;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danhgia.emulation.EmulationHolder;
import vn.danhgia.emulation.EmulationRecords;
import vn.danhgia.emulation.EmulationRegistrations;
import vn.danhgia.emulation.EmulationYears;
import vn.danhgia.emulation.NewRegistration;
import vn.danhgia.emulation.Nominee;
import vn.danhgia.emulation.StoredRegistration;
import vn.danhgia.membership.ReviewSubjects;
import vn.danhgia.membership.Reviewee;
import vn.danhgia.organization.CadreId;
import vn.danhgia.organization.CadreView;
import vn.danhgia.organization.CadreWithPosition;
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
import vn.danhgia.rules.emulation.EmulationTitle;
import vn.danhgia.rules.emulation.Registration;

/**
 * Registrations for emulation (đăng ký thi đua, seed 003 §III.1): "một trong những điều kiện để được đề nghị là tập
 * thể, cá nhân phải có bản Đăng ký tham gia thi đua từ đầu năm". A registration is recorded once per holder and year
 * with the title aimed at, late when made after the last day of the holder's calendar; the target may change, the day
 * and the lateness not. The status every page shows is the one the rules read, from {@link EmulationRecords}. Scope
 * is {@link RegistrationScope}'s; every registration and change is audited.
 */
@Service
public class RegistrationService implements EmulationRegistrations {

    public static final String RECORD_TYPE = RegistrationScope.RECORD_TYPE;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final EmulationRegistrationRepository registrations;
    private final EmulationRecords records;
    private final RegistrationScope scope;
    private final RegistrationTerms terms;
    private final OrganizationQueries organization;
    private final ReviewSubjects reviewSubjects;
    private final CurrentActor currentActor;
    private final AuditTrail audit;
    private final Clock clock;

    RegistrationService(EmulationRegistrationRepository registrations, EmulationRecords records,
                        RegistrationScope scope, RegistrationTerms terms, OrganizationQueries organization,
                        ReviewSubjects reviewSubjects, CurrentActor currentActor, AuditTrail audit, Clock clock) {
        this.registrations = registrations;
        this.records = records;
        this.scope = scope;
        this.terms = terms;
        this.organization = organization;
        this.reviewSubjects = reviewSubjects;
        this.currentActor = currentActor;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public StoredRegistration register(NewRegistration registration) {
        Actor actor = currentActor.get();
        int year = registration.year();
        checkYear(year);
        checkTarget(registration.nominee().holder(), registration.target());
        long unitId = scope.unitOf(registration.nominee(), year);
        scope.checkMayRegister(actor, registration.nominee(), unitId, year);
        LocalDate today = LocalDate.now(clock);
        LocalDate day = registration.registeredOn() == null ? today : registration.registeredOn();
        if (day.isAfter(today)) {
            throw new InvalidInputException(List.of(FieldViolation.of("registeredOn",
                    "emulation.registration.date.future", DAY.format(today))));
        }
        if (!day.equals(today) && !scope.recordsPaper(actor, unitId, year)) {
            throw new AccessRefusedException("emulation.registration.refused.earlier-day");
        }
        Nominee nominee = registration.nominee();
        registrations.findByHolderAndSubjectIdAndYear(nominee.holder(), nominee.subjectId(), year)
                .ifPresent(stored -> {
                    throw new RuleRefusedException("emulation.registration.refused.already", String.valueOf(year));
                });
        RegistrationTerms.Terms unitTerms = terms.of(unitId, year);
        EmulationRegistration saved = registrations.saveAndFlush(new EmulationRegistration(nominee, unitId, year,
                registration.target(), day, unitTerms.lastDayInTime(), registration.source(), actor.username(),
                clock.instant()));
        StoredRegistration view = saved.view(unitTerms.lastDayInTime());
        audit.record(new AuditRecord("EMULATION_REGISTERED", RECORD_TYPE, saved.getId(), subjectCadre(nominee), null,
                auditOf(view)));
        return view;
    }

    /** Changes the title aimed at; the day and whether it was late stay as registered. */
    @Transactional
    public StoredRegistration changeTarget(long id, EmulationTitle target, long expectedVersion) {
        Actor actor = currentActor.get();
        EmulationRegistration registration = registrations.findById(id)
                .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
        scope.checkMayRegister(actor, registration.nominee(), registration.unitId(), registration.year());
        checkTarget(registration.nominee().holder(), target);
        if (registration.version() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(EmulationRegistration.class, id);
        }
        EmulationTitle before = registration.target();
        if (before == target) {
            return registration.view(terms.of(registration.unitId(), registration.year()).lastDayInTime());
        }
        registration.changeTarget(target, actor.username(), clock.instant());
        registrations.flush();
        audit.record(new AuditRecord("EMULATION_REGISTRATION_TARGET_CHANGED", RECORD_TYPE, id,
                subjectCadre(registration.nominee()), Map.of("targetTitle", before.name()),
                Map.of("targetTitle", target.name())));
        return registration.view(terms.of(registration.unitId(), registration.year()).lastDayInTime());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<StoredRegistration> find(Nominee nominee, int year) {
        try {
            scope.checkMayRegister(currentActor.get(), nominee, scope.unitOf(nominee, year), year);
        } catch (AccessRefusedException | RecordNotFoundException outsideTheScope) {
            // Registering it is refused with the reason; nothing to compare.
            return Optional.empty();
        }
        return registrations.findByHolderAndSubjectIdAndYear(nominee.holder(), nominee.subjectId(), year)
                .map(found -> found.view(terms.of(found.unitId(), year).lastDayInTime()));
    }

    /** The unit and the people reviewed in it with their registrations; 404 outside the reader's scope. */
    @Transactional(readOnly = true)
    public UnitRegistrationsView unit(long unitId, int year) {
        checkYear(year);
        Actor actor = currentActor.get();
        UnitView unit = scope.keptUnit(actor, unitId, year);
        RegistrationTerms.Terms unitTerms = terms.of(unitId, year);
        return new UnitRegistrationsView(unitId, unit.name(), year, unitTerms.lastDayInTime(),
                scope.recordsPaper(actor, unitId, year), rows(holdersOf(unit, year), unitId, year));
    }

    /** The signed-in cadre's own registration row; empty for an account without a cadre or a post. */
    @Transactional(readOnly = true)
    public Optional<RegistrationRow> own(int year) {
        checkYear(year);
        Actor actor = currentActor.get();
        if (actor.cadreId().isEmpty()) {
            return Optional.empty();
        }
        Nominee self = Nominee.person(actor.cadreId().get());
        long unitId;
        try {
            unitId = scope.unitOf(self, year);
        } catch (RecordNotFoundException noPost) {
            return Optional.empty();
        }
        return Optional.of(rows(List.of(self), unitId, year).get(0));
    }

    /** The units whose registrations the signed-in person keeps. */
    public List<UnitView> keptUnits(int year) {
        return scope.keptUnits(currentActor.get(), year);
    }

    /**
     * The unit as a collective, then the people reviewed in it: those in post there by rank, then the party members
     * active in it as a cell; people not reviewed (exempt, suspended) are left out, and holders already registered
     * with the unit stay listed.
     */
    private List<Nominee> holdersOf(UnitView unit, int year) {
        long unitId = unit.id().value();
        LocalDate date = scope.date(year);
        Set<Nominee> holders = new LinkedHashSet<>();
        holders.add(Nominee.collective(unitId));
        List<Reviewee> reviewees = reviewSubjects.revieweesUnder(unit.id(), date);
        Set<Long> notReviewed = reviewees.stream().filter(person -> !person.reviewed())
                .map(person -> person.cadre().value()).collect(Collectors.toSet());
        organization.cadresWithPositionsIn(List.of(new UnitId(unitId)), date).stream()
                .sorted(Comparator.comparing(CadreWithPosition::rank).thenComparing(CadreWithPosition::cadreCode))
                .filter(post -> !notReviewed.contains(post.cadreId().value()))
                .forEach(post -> holders.add(Nominee.person(post.cadreId().value())));
        reviewees.stream().filter(Reviewee::reviewed)
                .filter(person -> unit.id().equals(person.workplace()) || unit.id().equals(person.cell()))
                .forEach(person -> holders.add(Nominee.person(person.cadre().value())));
        registrations.findByYearAndUnitId(year, unitId).forEach(stored -> holders.add(stored.nominee()));
        return List.copyOf(holders);
    }

    private List<RegistrationRow> rows(List<Nominee> nominees, long unitId, int year) {
        Map<Nominee, Registration> status = records.registrations(nominees, year);
        Map<Nominee, EmulationRegistration> stored = new HashMap<>();
        for (EmulationHolder holder : EmulationHolder.values()) {
            List<Long> ids = nominees.stream().filter(n -> n.holder() == holder).map(Nominee::subjectId).toList();
            if (!ids.isEmpty()) {
                registrations.findByYearAndHolderAndSubjectIdIn(year, holder, ids)
                        .forEach(found -> stored.put(found.nominee(), found));
            }
        }
        Map<Long, CadreView> cadres = organization.cadres(nominees.stream()
                        .filter(n -> n.holder() == EmulationHolder.INDIVIDUAL).map(n -> new CadreId(n.subjectId()))
                        .toList()).stream().collect(Collectors.toMap(cadre -> cadre.id().value(), cadre -> cadre));
        Map<Long, RegistrationTerms.Terms> termsOf = new HashMap<>();
        List<RegistrationRow> rows = new ArrayList<>();
        for (Nominee nominee : nominees) {
            EmulationRegistration registration = stored.get(nominee);
            RegistrationTerms.Terms holderTerms = termsOf.computeIfAbsent(
                    registration == null ? unitId : registration.unitId(), unit -> terms.of(unit, year));
            Registration state = status.get(nominee);
            String code;
            String name;
            if (nominee.holder() == EmulationHolder.INDIVIDUAL) {
                CadreView cadre = cadres.get(nominee.subjectId());
                if (cadre == null) {
                    throw new RecordNotFoundException(RECORD_TYPE, nominee.key());
                }
                code = cadre.code();
                name = cadre.fullName();
            } else {
                UnitView collective = organization.unit(new UnitId(nominee.subjectId()))
                        .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, nominee.key()));
                code = collective.code();
                name = collective.name();
            }
            rows.add(new RegistrationRow(nominee, code, name, state,
                    registration == null ? null : registration.view(holderTerms.lastDayInTime()),
                    consequenceKey(state, holderTerms), consequenceArguments(state, holderTerms, year)));
        }
        return rows;
    }

    /** Seed 003 §III.1: without a registration no title; a late one counts as none where the settings say so. */
    private static String consequenceKey(Registration state, RegistrationTerms.Terms terms) {
        return switch (state) {
            case ON_TIME -> "emulation.registration.consequence.ON_TIME";
            case LATE -> terms.lateBlocks() ? "emulation.registration.consequence.LATE_BLOCKS"
                    : "emulation.registration.consequence.LATE";
            case MISSING -> "emulation.registration.consequence.MISSING";
        };
    }

    private static List<String> consequenceArguments(Registration state, RegistrationTerms.Terms terms, int year) {
        String deadline = DAY.format(terms.lastDayInTime());
        return state == Registration.MISSING ? List.of(String.valueOf(year), deadline)
                : List.of(deadline, String.valueOf(year));
    }

    private static void checkTarget(EmulationHolder holder, EmulationTitle target) {
        if (target == null) {
            throw new InvalidInputException(List.of(FieldViolation.of("targetTitle",
                    "emulation.registration.target.required")));
        }
        if (!RegistrationRow.targetsFor(holder).contains(target)) {
            throw new InvalidInputException(List.of(FieldViolation.of("targetTitle",
                    "emulation.registration.target.not-for-holder." + holder.name())));
        }
    }

    private static void checkYear(int year) {
        EmulationYears.check(year);
    }

    private static Long subjectCadre(Nominee nominee) {
        return nominee.holder() == EmulationHolder.INDIVIDUAL ? nominee.subjectId() : null;
    }

    private static Map<String, Object> auditOf(StoredRegistration registration) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("emulationHolder", registration.nominee().holder().name());
        values.put("holderId", registration.nominee().subjectId());
        values.put("unitId", registration.unitId());
        values.put("year", registration.year());
        values.put("targetTitle", registration.target().name());
        values.put("registeredOn", registration.registeredOn().toString());
        values.put("registeredLate", registration.late());
        values.put("registrationSource", registration.source().name());
        return values;
    }
}

package vn.danhgia.emulation.dossier;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danhgia.emulation.AwardEntry;
import vn.danhgia.emulation.EmulationAwards;
import vn.danhgia.emulation.EmulationHolder;
import vn.danhgia.organization.UnitView;
import vn.danhgia.platform.AccessRefusedException;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.AuditRecord;
import vn.danhgia.platform.AuditTrail;
import vn.danhgia.platform.CurrentActor;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.platform.RuleRefusedException;

/**
 * Records a recognition decision (quyết định công nhận danh hiệu thi đua, khen thưởng; issue 14 §5): the personnel
 * office names the decision and the chosen nominations it recognises, all those of the dossiers sent to it by default;
 * each is entered in its holder's history through {@link EmulationAwards#enter}, so the chains of consecutive years
 * count it from then on, and the dossiers concerned become DECIDED. A nomination is recognised once; one of a dossier
 * not sent (or returned) to the office cannot be. Audited: the decision, and each award about its person.
 */
@Service
public class EmulationDecisionService {

    public static final String RECORD_TYPE = "EMULATION_DECISION";
    private static final int MAX_NUMBER = 100;
    private static final int MAX_AUTHORITY = 300;
    private static final DateTimeFormatter SIGNED_ON = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final DossierAccess access;
    private final EmulationDossierRepository dossiers;
    private final EmulationDecisionRepository decisions;
    private final DecisionItemRepository items;
    private final ChosenNominations chosen;
    private final EmulationAwards awards;
    private final CurrentActor currentActor;
    private final AuditTrail audit;
    private final Clock clock;

    EmulationDecisionService(DossierAccess access, EmulationDossierRepository dossiers,
                             EmulationDecisionRepository decisions, DecisionItemRepository items,
                             ChosenNominations chosen, EmulationAwards awards, CurrentActor currentActor,
                             AuditTrail audit, Clock clock) {
        this.access = access;
        this.dossiers = dossiers;
        this.decisions = decisions;
        this.items = items;
        this.chosen = chosen;
        this.awards = awards;
        this.currentActor = currentActor;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the audit trail records of a decision. */
    record Recorded(int year, String number, LocalDate signedOn, String authority, int recognised) {
    }

    /** What the audit trail records of each award the decision entered. */
    record Entered(String award, int year, String decision) {
    }

    @Transactional
    public DecisionView record(DecisionRequest request) {
        Actor actor = currentActor.get();
        if (!access.isOffice(actor)) {
            throw new AccessRefusedException("emulationdossier.refused.not-office");
        }
        String number = request.number() == null ? "" : request.number().strip();
        String authority = request.authority() == null ? "" : request.authority().strip();
        checkFields(number, authority, request);
        int year = request.year();
        List<UnitView> units = access.receivedUnits(actor, year);
        // A dossier already decided may still hold nominations no decision recognised (a later decision of a
        // higher authority, a Bằng khen after the titles): they stay open.
        Map<Long, EmulationDossier> sent = dossiers.findByYearAndUnitIdIn(year,
                        units.stream().map(unit -> unit.id().value()).toList()).stream()
                .filter(dossier -> dossier.status() == EmulationDossierStatus.SENT
                        || dossier.status() == EmulationDossierStatus.DECIDED)
                .collect(Collectors.toMap(EmulationDossier::unitId, Function.identity()));
        Map<Long, NominationLine> open = chosen.of(units.stream()
                        .filter(unit -> sent.containsKey(unit.id().value())).toList(), year).stream()
                .filter(line -> !line.decided())
                .collect(Collectors.toMap(NominationLine::nominationId, Function.identity(), (a, b) -> a,
                        LinkedHashMap::new));
        List<NominationLine> selected = selected(request.nominationIds(), open);
        EmulationDecision decision = decisions.saveAndFlush(new EmulationDecision(year, number, request.signedOn(),
                authority, actor.username(), clock.instant()));
        // The history names the decision as the holder's papers do: "125/QĐ-VP ngày 28/12/2150".
        String reference = number + " ngày " + SIGNED_ON.format(request.signedOn());
        Set<Long> concerned = new LinkedHashSet<>();
        for (NominationLine line : selected) {
            items.save(new DecisionItem(decision.getId(), line.nominationId(), line.unitId()));
            awards.enter(new AwardEntry(line.nominee(), line.unitId(), year, line.title(), decision.getId(),
                    reference), actor.username());
            Long person = line.nominee().holder() == EmulationHolder.INDIVIDUAL ? line.nominee().subjectId() : null;
            audit.record(new AuditRecord("EMULATION_AWARD_ENTERED", RECORD_TYPE, decision.getId(), person, null,
                    new Entered(line.title().name(), year, number)));
            concerned.add(line.unitId());
        }
        for (Long unitId : concerned) {
            EmulationDossier dossier = sent.get(unitId);
            EmulationDossier.State before = dossier.state();
            dossier.decide(decision.getId());
            audit.record(new AuditRecord("EMULATION_DOSSIER_DECIDED", EmulationDossierService.RECORD_TYPE,
                    dossier.getId(), null, before, dossier.state()));
        }
        audit.record(new AuditRecord("EMULATION_DECISION_RECORDED", RECORD_TYPE, decision.getId(), null, null,
                new Recorded(year, number, request.signedOn(), authority, selected.size())));
        return new DecisionView(decision.getId(), year, number, request.signedOn(), authority, selected.stream()
                .map(line -> new NominationLine(line.nominationId(), line.unitId(), line.unitName(), line.nominee(),
                        line.name(), line.title(), line.votesFor(), line.votesAgainst(), line.councilMembers(),
                        number))
                .toList());
    }

    private void checkFields(String number, String authority, DecisionRequest request) {
        List<FieldViolation> violations = new ArrayList<>();
        if (number.isEmpty()) {
            violations.add(FieldViolation.of("number", "emulationdossier.decision.number.required"));
        } else if (number.length() > MAX_NUMBER) {
            violations.add(FieldViolation.of("number", "emulationdossier.decision.tooLong", MAX_NUMBER));
        }
        if (request.signedOn() == null) {
            violations.add(FieldViolation.of("signedOn", "emulationdossier.decision.signedOn.required"));
        }
        if (authority.isEmpty()) {
            violations.add(FieldViolation.of("authority", "emulationdossier.decision.authority.required"));
        } else if (authority.length() > MAX_AUTHORITY) {
            violations.add(FieldViolation.of("authority", "emulationdossier.decision.tooLong", MAX_AUTHORITY));
        }
        if (violations.isEmpty() && decisions.existsByNumberAndSignedOn(number, request.signedOn())) {
            violations.add(FieldViolation.of("number", "emulationdossier.decision.number.taken"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    /** The nominations named, each one open to a decision; every open one when the request names none. */
    private static List<NominationLine> selected(List<Long> named, Map<Long, NominationLine> open) {
        if (named == null) {
            if (open.isEmpty()) {
                throw new RuleRefusedException("emulationdossier.decision.nothing");
            }
            return List.copyOf(open.values());
        }
        if (named.isEmpty()) {
            throw new RuleRefusedException("emulationdossier.decision.none-selected");
        }
        List<Long> refused = named.stream().filter(id -> !open.containsKey(id)).toList();
        if (!refused.isEmpty()) {
            throw new RuleRefusedException("emulationdossier.decision.not-open",
                    refused.stream().map(String::valueOf).collect(Collectors.joining(", ")));
        }
        return named.stream().distinct().map(open::get).toList();
    }
}

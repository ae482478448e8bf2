package vn.danhgia.emulation.dossier;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danhgia.emulation.dossier.OfficeConsolidationView.DecisionLine;
import vn.danhgia.emulation.dossier.OfficeConsolidationView.GrassrootsCap;
import vn.danhgia.emulation.dossier.OfficeConsolidationView.TitleTotal;
import vn.danhgia.emulation.dossier.OfficeConsolidationView.UnitLine;
import vn.danhgia.organization.UnitView;
import vn.danhgia.platform.AccessRefusedException;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.CurrentActor;
import vn.danhgia.rules.emulation.EmulationRules;
import vn.danhgia.rules.emulation.EmulationTitle;
import vn.danhgia.scheme.EmulationSettings;

/**
 * The personnel office's view over every unit it serves (seed 003 §IV): whose dossier arrived, late or not, what the
 * arrived dossiers propose title by title, and whether the Chiến sĩ thi đua cơ sở proposed stay within the share the
 * scheme allows of the Lao động tiên tiến proposed ({@link EmulationRules#allowedGrassrootsFighters}), counted over
 * the whole office as Nghị định 98/2023 counts them. Only the personnel office and administrators read it (403).
 */
@Service
public class OfficeConsolidation {

    private final DossierAccess access;
    private final EmulationDossierRepository dossiers;
    private final EmulationDecisionRepository decisions;
    private final DecisionItemRepository items;
    private final ReviewRecords reviews;
    private final ChosenNominations chosen;
    private final DossierDeadlines deadlines;
    private final EmulationSettings settings;
    private final CurrentActor currentActor;

    OfficeConsolidation(DossierAccess access, EmulationDossierRepository dossiers,
                        EmulationDecisionRepository decisions, DecisionItemRepository items, ReviewRecords reviews,
                        ChosenNominations chosen, DossierDeadlines deadlines, EmulationSettings settings,
                        CurrentActor currentActor) {
        this.access = access;
        this.dossiers = dossiers;
        this.decisions = decisions;
        this.items = items;
        this.reviews = reviews;
        this.chosen = chosen;
        this.deadlines = deadlines;
        this.settings = settings;
        this.currentActor = currentActor;
    }

    @Transactional(readOnly = true)
    public OfficeConsolidationView of(int year) {
        Actor actor = currentActor.get();
        if (!access.isOffice(actor)) {
            throw new AccessRefusedException("emulationdossier.refused.not-office");
        }
        List<UnitView> units = access.receivedUnits(actor, year);
        Map<Long, EmulationDossier> byUnit = dossiers.findByYearAndUnitIdIn(year,
                        units.stream().map(unit -> unit.id().value()).toList()).stream()
                .collect(Collectors.toMap(EmulationDossier::unitId, Function.identity()));
        List<NominationLine> all = chosen.of(units, year);
        Map<Long, Long> chosenPerUnit = all.stream()
                .collect(Collectors.groupingBy(NominationLine::unitId, Collectors.counting()));
        List<UnitLine> lines = units.stream().map(unit -> {
            long unitId = unit.id().value();
            EmulationDossier dossier = byUnit.get(unitId);
            String review = reviews.of(unitId, year).map(r -> r.closed() ? "CLOSED" : "OPEN").orElse("NONE");
            return new UnitLine(unitId, unit.name(), review, dossier == null ? null : dossier.status(),
                    dossier != null && dossier.late(), dossier == null ? null : dossier.sentAt(),
                    deadlines.lastDayInTime(unitId, year).orElse(null),
                    chosenPerUnit.getOrDefault(unitId, 0L).intValue());
        }).toList();
        Set<Long> received = lines.stream().filter(UnitLine::received).map(UnitLine::unitId)
                .collect(Collectors.toSet());
        List<NominationLine> proposed = all.stream().filter(line -> received.contains(line.unitId())).toList();
        Map<EmulationTitle, Integer> perTitle = new EnumMap<>(EmulationTitle.class);
        proposed.forEach(line -> perTitle.merge(line.title(), 1, Integer::sum));
        GrassrootsCap cap = GrassrootsCap.of(proposed,
                new EmulationRules(settings.forUnitCodes(access.officeCodes(units))));
        int sent = received.size();
        int late = (int) lines.stream().filter(UnitLine::received).filter(UnitLine::late).count();
        return new OfficeConsolidationView(year, lines, sent, late, lines.size() - sent, proposed,
                perTitle.entrySet().stream().map(e -> new TitleTotal(e.getKey(), e.getValue())).toList(), cap,
                decisionLines(year, units.stream().map(unit -> unit.id().value()).collect(Collectors.toSet())));
    }

    /** The year's decisions that recognised nominations of the office's units, with how many of theirs. */
    private List<DecisionLine> decisionLines(int year, Set<Long> units) {
        return decisions.findByYearOrderBySignedOnAscIdAsc(year).stream()
                .map(decision -> new DecisionLine(decision.getId(), decision.number(), decision.signedOn(),
                        decision.authority(), (int) items.findByDecisionId(decision.getId()).stream()
                        .filter(item -> units.contains(item.unitId())).count()))
                .filter(line -> line.recognised() > 0)
                .toList();
    }
}

package vn.danhgia.emulation.dossier;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.danhgia.emulation.ChosenNomination;
import vn.danhgia.emulation.EmulationHolder;
import vn.danhgia.emulation.EmulationRecords;
import vn.danhgia.organization.CadreId;
import vn.danhgia.organization.CadreView;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.organization.UnitId;
import vn.danhgia.organization.UnitView;

/**
 * The nominations the units' review meetings chose ({@link EmulationRecords#chosen}), with the holders' names and the
 * decision that recognised each, if any.
 */
@Component
class ChosenNominations {

    private final EmulationRecords records;
    private final OrganizationQueries organization;
    private final DecisionItemRepository items;
    private final EmulationDecisionRepository decisions;

    ChosenNominations(EmulationRecords records, OrganizationQueries organization, DecisionItemRepository items,
                      EmulationDecisionRepository decisions) {
        this.records = records;
        this.organization = organization;
        this.items = items;
        this.decisions = decisions;
    }

    /** Each unit's chosen nominations, unit by unit in the order given, each unit's in the meeting's order. */
    List<NominationLine> of(Collection<UnitView> units, int year) {
        Map<UnitView, List<ChosenNomination>> chosen = new LinkedHashMap<>();
        units.forEach(unit -> chosen.put(unit, records.chosen(unit.id().value(), year)));
        List<ChosenNomination> all = chosen.values().stream().flatMap(List::stream).toList();
        Map<Long, String> cadreNames = organization.cadres(all.stream()
                        .filter(n -> n.nominee().holder() == EmulationHolder.INDIVIDUAL)
                        .map(n -> new CadreId(n.nominee().subjectId())).distinct().toList()).stream()
                .collect(Collectors.toMap(cadre -> cadre.id().value(), CadreView::fullName));
        Map<Long, String> decidedBy = decisionNumbers(all.stream().map(ChosenNomination::nominationId).toList());
        Map<Long, String> unitNames = new HashMap<>();
        List<NominationLine> lines = new ArrayList<>();
        chosen.forEach((unit, nominations) -> nominations.forEach(n -> {
            long subject = n.nominee().subjectId();
            String name = n.nominee().holder() == EmulationHolder.INDIVIDUAL ? cadreNames.getOrDefault(subject, "")
                    : unitNames.computeIfAbsent(subject, id -> organization.unit(new UnitId(id))
                            .map(UnitView::name).orElse(""));
            lines.add(new NominationLine(n.nominationId(), unit.id().value(), unit.name(), n.nominee(), name,
                    n.title(), n.votesFor(), n.votesAgainst(), n.councilMembers(),
                    decidedBy.get(n.nominationId())));
        }));
        return lines;
    }

    private Map<Long, String> decisionNumbers(List<Long> nominationIds) {
        if (nominationIds.isEmpty()) {
            return Map.of();
        }
        List<DecisionItem> decided = items.findByNominationIdIn(nominationIds);
        Map<Long, String> numbers = decisions.findAllById(decided.stream().map(DecisionItem::decisionId)
                        .distinct().toList()).stream()
                .collect(Collectors.toMap(EmulationDecision::getId, EmulationDecision::number));
        return decided.stream().collect(Collectors.toMap(DecisionItem::nominationId,
                item -> numbers.get(item.decisionId()), (a, b) -> a));
    }
}

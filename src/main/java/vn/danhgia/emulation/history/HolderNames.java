package vn.danhgia.emulation.history;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.danhgia.emulation.EmulationHolder;
import vn.danhgia.emulation.Nominee;
import vn.danhgia.organization.CadreId;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.organization.UnitId;

/** The code and name of each holder: the cadre's code and full name, or the unit's; cadres read in one query. */
@Component
class HolderNames {

    /** A holder's code and name. */
    record Named(String code, String name) {
    }

    private final OrganizationQueries organization;

    HolderNames(OrganizationQueries organization) {
        this.organization = organization;
    }

    Map<Nominee, Named> of(Collection<Nominee> nominees) {
        Map<Nominee, Named> names = new HashMap<>();
        organization.cadres(nominees.stream().filter(n -> n.holder() == EmulationHolder.INDIVIDUAL)
                        .map(n -> new CadreId(n.subjectId())).distinct().toList())
                .forEach(cadre -> names.put(Nominee.person(cadre.id().value()),
                        new Named(cadre.code(), cadre.fullName())));
        nominees.stream().filter(n -> n.holder() == EmulationHolder.COLLECTIVE).distinct()
                .forEach(n -> organization.unit(new UnitId(n.subjectId()))
                        .ifPresent(unit -> names.put(n, new Named(unit.code(), unit.name()))));
        return names;
    }

    Named of(Nominee nominee) {
        return of(java.util.List.of(nominee)).getOrDefault(nominee, new Named("", ""));
    }
}

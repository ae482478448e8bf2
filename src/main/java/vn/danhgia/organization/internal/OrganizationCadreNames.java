package vn.danhgia.organization.internal;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.danhgia.organization.CadreId;
import vn.danhgia.organization.CadreView;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.platform.CadreNames;

/** The cadres' names for the audit trail's sentences ("… của Lương Thị Mai"). */
@Component
class OrganizationCadreNames implements CadreNames {

    private final OrganizationQueries organization;

    OrganizationCadreNames(OrganizationQueries organization) {
        this.organization = organization;
    }

    @Override
    public Map<Long, String> fullNames(Collection<Long> cadreIds) {
        if (cadreIds.isEmpty()) {
            return Map.of();
        }
        return organization.cadres(cadreIds.stream().map(CadreId::new).toList()).stream()
                .collect(Collectors.toMap(cadre -> cadre.id().value(), CadreView::fullName, (a, b) -> a));
    }
}

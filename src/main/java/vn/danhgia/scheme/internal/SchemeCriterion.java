package vn.danhgia.scheme.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import vn.danhgia.platform.Decimals;
import vn.danhgia.scheme.CriterionDefinition;

@Embeddable
record SchemeCriterion(@Column(name = "sort_order") int sortOrder, String code,
                       @Column(name = "criterion_text") String text,
                       @Column(name = "max_points") BigDecimal maxPoints) {

    CriterionDefinition view() {
        return new CriterionDefinition(code, text, Decimals.plain(maxPoints));
    }
}

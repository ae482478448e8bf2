package vn.danhgia.scheme.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import vn.danhgia.platform.Decimals;
import vn.danhgia.scheme.AxisDefinition;

@Embeddable
record SchemeAxis(@Column(name = "axis_number") int number, String title,
                  @Column(name = "default_max_points") BigDecimal defaultMaxPoints) {

    SchemeAxis withDefaultMaxPoints(BigDecimal maxPoints) {
        return new SchemeAxis(number, title, maxPoints);
    }

    AxisDefinition view() {
        return new AxisDefinition(number, title, Decimals.plain(defaultMaxPoints));
    }
}

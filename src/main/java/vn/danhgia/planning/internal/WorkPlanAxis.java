package vn.danhgia.planning.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** The person's maximum points for one result axis (trục), part of their plan. */
@Embeddable
record WorkPlanAxis(@Column(name = "axis_number") int number, @Column(name = "max_points") BigDecimal maxPoints) {
}

package vn.danhgia.assessment.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** The person's maximum points for one result axis (trục), copied from the plan or the scheme's defaults. */
@Embeddable
record SelfAssessmentAxis(@Column(name = "axis_number") int number,
                          @Column(name = "max_points") BigDecimal maxPoints) {
}

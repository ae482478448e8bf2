package vn.danhgia.assessment.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One general criterion (Mẫu 03 I.A) and whether the cadre marks it met (đảm bảo) or not. */
@Embeddable
record SelfAssessmentCriterion(@Column(name = "criterion_code") String code, @Column(name = "met") boolean met) {
}

package vn.danhgia.appraisal;

import vn.danhgia.scheme.Quarter;

/** The personnel office completed the appraisal (thẩm định, seed 002 §4 Bước 3) of a cadre's self-assessment. */
public record SelfAssessmentAppraised(long appraisalId, long cadreId, Quarter quarter) {
}

package vn.danhgia.planning;

import vn.danhgia.organization.CadreId;
import vn.danhgia.scheme.Quarter;

/** A cadre submitted their quarterly work plan (seed 002 §4 Bước 1) for the unit's leadership to approve. */
public record PlanSubmitted(long planId, CadreId cadre, Quarter quarter) {
}

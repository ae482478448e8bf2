package vn.danhgia.planning;

import vn.danhgia.organization.CadreId;
import vn.danhgia.scheme.Quarter;

/** The unit's leadership returned a work plan for revision (seed 002 §4 Bước 1), saying why. */
public record PlanReturned(long planId, CadreId cadre, Quarter quarter, String decidedBy, String note) {
}

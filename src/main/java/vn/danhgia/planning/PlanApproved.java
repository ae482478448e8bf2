package vn.danhgia.planning;

import vn.danhgia.organization.CadreId;
import vn.danhgia.scheme.Quarter;

/** The unit's leadership approved a work plan (seed 002 §4 Bước 1), with its optional note. */
public record PlanApproved(long planId, CadreId cadre, Quarter quarter, String decidedBy, String note) {
}

/**
 * Quarterly work plans (Kế hoạch công tác của cá nhân theo quý, seed 002 Mẫu 01, §4 Bước 1): each cadre's tasks per
 * result axis, picked from the approved catalogue or proposed freely, with their axis weights; submitted by the
 * scheme's plan deadline, approved or returned by the unit's leadership, amended during the quarter.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"organization", "scheme", "catalog", "platform", "rules"})
package vn.danhgia.planning;

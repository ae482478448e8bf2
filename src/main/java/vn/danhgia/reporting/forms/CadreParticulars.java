package vn.danhgia.reporting.forms;

import vn.danhgia.organization.UnitId;

/**
 * The lines about the cadre that Mẫu 01 and Mẫu 03 open with: "Họ và tên, Ngày sinh, Chức vụ Đảng, Chức vụ chính
 * quyền, Chức vụ đoàn thể, Đơn vị công tác". Posts of one kind held at once are joined with "; ".
 *
 * @param workUnit  the unit of the cadre's government post (else their first post), whose name heads the form
 */
public record CadreParticulars(String fullName, String birthDate, String partyPosts, String governmentPosts,
                               String massOrganizationPosts, String workUnitName, UnitId workUnit) {
}

/**
 * Organisation (tổ chức bộ máy): units (cơ quan, đơn vị, chi bộ…), positions (chức vụ), cadres (cán bộ), appointments
 * (bổ nhiệm) and management scopes (diện quản lý, thẩm quyền đánh giá): who evaluates and who decides for a position.
 * {@link vn.danhgia.organization.AccessScopes} says whose records a signed-in person may see and approve.
 * Other modules read it through {@link vn.danhgia.organization.OrganizationQueries} and change it through
 * {@link vn.danhgia.organization.OrganizationService}; both speak in records, never entities. Administrators change it
 * on the pages under /admin/organization through {@link vn.danhgia.organization.OrganizationAdministration}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform"})
package vn.danhgia.organization;

/**
 * Imports from Excel (nhập dữ liệu từ Excel): for units, positions, cadres with their appointments, management scopes,
 * the product catalogue and user accounts, a downloadable .xlsx template and an upload that is first tried without
 * writing (every problem listed by row and column) and then written all or nothing. The importers change nothing
 * themselves: they call the owning modules' services, so those modules' rules, access checks and audit apply.
 */
// "emulation" and "rules" for the registrations of issue 14 (their service and the titles' names).
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"organization", "catalog", "platform", "platform::accounts", "emulation", "rules"})
package vn.danhgia.imports;

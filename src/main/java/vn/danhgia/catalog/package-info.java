/**
 * The standard product catalogue (Danh mục sản phẩm/công việc chuẩn, seed 002 Phụ lục 1, Mẫu 02) of each unit: items
 * with their points and the conversion coefficient against the standard item. Drafted by the personnel office,
 * approved by the unit's leadership, versioned so that plans keep the coefficients they were made with.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"organization", "platform"})
package vn.danhgia.catalog;

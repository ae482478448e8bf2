/**
 * Evaluation schemes (phương án đánh giá): what varies between issuing bodies — legal basis and the date from which a
 * scheme applies, calendar deadlines, axis weights, the general-criteria template, allowed factor values, quota and
 * thresholds. Ships seed 002's An Giang guidance and seed 000's Ninh Bình office plan as ready schemes. Other modules
 * read schemes through {@link vn.danhgia.scheme.SchemeCatalog}; administrators change them on the settings page through
 * {@link vn.danhgia.scheme.SchemeAdministration}, which checks the role and audits, around SchemeService.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"rules", "platform"})
package vn.danhgia.scheme;

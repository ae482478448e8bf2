/**
 * Demo mode (profile {@code demo}): accounts for people of the sample organisation, one per role, so that every part of
 * the system can be tried. Their passwords are generated, printed once in the log and meant for demonstration only.
 * Made-up results of the year's past quarters give the dashboard something to show.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"organization", "platform", "scheme"})
package vn.danhgia.demo;

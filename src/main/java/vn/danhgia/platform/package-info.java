/**
 * Cross-cutting platform: user accounts and security, the clock, error handling for the JSON API (RFC 9457
 * problem+json), i18n and the page layout. Depends on no business module; every module may use its root API.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package vn.danhgia.platform;

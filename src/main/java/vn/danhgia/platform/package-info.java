/**
 * Cross-cutting platform: user accounts and security, the clock, error handling for the JSON API (RFC 9457
 * problem+json) and the pages, the refusal of control characters at the boundary, what a failed database call means
 * (a lost race, a lost connection repeated once), i18n and the page layout. Depends on no business module; every
 * module may use its root API, a module that lists {@code platform::web} the refusal shown after a form's redirect
 * ({@link vn.danhgia.platform.web.RedirectedRefusals}), and one that lists {@code platform::accounts} the people's
 * accounts ({@code accounts}: creating and changing them, their one-time passwords). The document stores, the audit
 * trail's reading side, security and the web layer are the module's own subpackages.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package vn.danhgia.platform;

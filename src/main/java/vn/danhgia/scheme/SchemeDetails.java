package vn.danhgia.scheme;

/**
 * A scheme as administrators see it.
 *
 * @param defaultScheme whether {@link SchemeCatalog#inForce} considers it when the installation names no scheme of
 *                      its own
 * @param version       to send back with a change, so that a change based on an outdated reading is refused
 * @param id            the stored scheme's id, which its entries in the audit trail name
 */
public record SchemeDetails(EvaluationSchemeView scheme, boolean defaultScheme, long version, long id) {
}

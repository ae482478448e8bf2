package vn.danhgia.publication;

import java.io.InputStream;

/**
 * A file to add to a dossier as it arrived: the name and type the browser gave (both checked, neither trusted) and
 * the content, read once.
 *
 * @param cadreId the cadre the document is about; null for the whole unit
 */
public record DocumentUpload(DocumentKind kind, Long cadreId, String originalName, String declaredContentType,
                             InputStream content) {
}

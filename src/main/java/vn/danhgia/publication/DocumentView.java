package vn.danhgia.publication;

import java.time.Instant;

/** A document of a dossier, without its content; {@code cadreId} is null for a document about the whole unit. */
public record DocumentView(long id, long unitId, int year, int quarter, Long cadreId, String cadreName,
                           DocumentKind kind, String originalName, String contentType, long size, String sha256,
                           String uploadedBy, Instant uploadedAt) {
}

package vn.danhgia.annual.dossier;

import java.time.Instant;

/** A package of year-end dossiers sent upward: to whom, the file, its SHA-256, how many dossiers, who sent it, when. */
public record PackageView(long id, long unitId, int year, String addressee, String fileName, long size, String sha256,
                          int dossierCount, String sentBy, Instant sentAt) {
}

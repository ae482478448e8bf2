package vn.danhgia.emulation.history;

import java.time.Instant;

/** An evidence document as pages and the API show it; its content is read back by {@code id}. */
public record EvidenceView(long id, String originalName, String contentType, long size, String sha256,
                           String recordedBy, Instant recordedAt) {
}

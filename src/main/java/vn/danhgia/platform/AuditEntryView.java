package vn.danhgia.platform;

import java.time.Instant;

/** A stored audit entry: who did what to which record and when, with the JSON state before and after. */
public record AuditEntryView(long id, Instant occurredAt, String actorUsername, String actorName, String action,
                             String recordType, long recordId, Long subjectCadreId, String before, String after) {
}

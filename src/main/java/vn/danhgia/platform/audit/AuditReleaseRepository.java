package vn.danhgia.platform.audit;

import org.springframework.data.repository.Repository;

/** Append-only, like the entries: releases are saved and looked up, never updated or deleted. */
interface AuditReleaseRepository extends Repository<AuditRelease, Long> {

    AuditRelease save(AuditRelease release);

    boolean existsByRecordTypeAndRecordId(String recordType, long recordId);
}

package vn.danhgia.platform;

import java.util.Objects;

/**
 * One decision or change to record in the audit trail (nhật ký): what was done to which record, about whose
 * evaluation, and the record's state before and after (any value that serialises to JSON; null where there was none).
 *
 * @param action         a past-tense verb such as {@code PLAN_SUBMITTED}, {@code SELF_ASSESSMENT_SAVED}
 * @param recordType     the kind of record, e.g. {@code WORK_PLAN}
 * @param subjectCadreId the cadre whose evaluation the record belongs to, so they can read their own trail
 * @param disclosure     when that cadre may read the entry; {@link SubjectDisclosure#IMMEDIATE} unless said otherwise
 */
public record AuditRecord(String action, String recordType, long recordId, Long subjectCadreId, Object before,
                          Object after, SubjectDisclosure disclosure) {

    public AuditRecord {
        Objects.requireNonNull(disclosure, "disclosure");
    }

    /** An entry its subject reads at once. */
    public AuditRecord(String action, String recordType, long recordId, Long subjectCadreId, Object before,
                       Object after) {
        this(action, recordType, recordId, subjectCadreId, before, after, SubjectDisclosure.IMMEDIATE);
    }

    /** The same entry, read by its subject only as the disclosure says. */
    public AuditRecord disclosed(SubjectDisclosure when) {
        return new AuditRecord(action, recordType, recordId, subjectCadreId, before, after, when);
    }
}

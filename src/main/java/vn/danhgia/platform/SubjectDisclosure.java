package vn.danhgia.platform;

/**
 * When the cadre an audit entry is about may read it in their own trail: as far as they may read the record it is
 * about. The module that records the entry knows which that is; the audit trail only keeps the answer.
 */
public enum SubjectDisclosure {

    /** At once: the record is theirs to read (their plan, self-assessment, complaint). */
    IMMEDIATE,

    /** Once the record is released to them ({@link AuditTrail#release}), e.g. a rating when it is announced. */
    ON_RELEASE,

    /** Never: the record is not theirs to read, e.g. the appraisal of their self-assessment. */
    NEVER
}

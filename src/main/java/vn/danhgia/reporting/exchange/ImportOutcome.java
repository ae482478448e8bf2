package vn.danhgia.reporting.exchange;

/** What importing an upward report file did. */
public enum ImportOutcome {
    /** The first report of the body for the quarter: stored. */
    CREATED,
    /** The very file already stored (same rows checksum): nothing changed. */
    UNCHANGED,
    /** A newer report of the body for the quarter: it took the older one's place. */
    REPLACED
}

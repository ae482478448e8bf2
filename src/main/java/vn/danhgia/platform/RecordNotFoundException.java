package vn.danhgia.platform;

/**
 * The record does not exist, or exists outside the caller's management scope: both answer 404 so that guessing ids
 * tells nothing about other people's records.
 */
public class RecordNotFoundException extends RuntimeException {

    private final String recordType;
    private final transient Object recordId;

    public RecordNotFoundException(String recordType, Object recordId) {
        super(recordType + " " + recordId + " not found or outside the caller's scope");
        this.recordType = recordType;
        this.recordId = recordId;
    }

    public String recordType() {
        return recordType;
    }

    public Object recordId() {
        return recordId;
    }
}

package vn.danhgia.assessment;

/** An evidence file with its content, checked against its SHA-256 before it is handed out. */
public record EvidenceContent(EvidenceView evidence, byte[] bytes) {
}

package vn.danhgia.emulation.history;

/** An evidence document handed out: its name, content type and content checked against its SHA-256. */
public record EvidenceContent(String fileName, String contentType, byte[] bytes) {
}

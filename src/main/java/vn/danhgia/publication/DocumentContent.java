package vn.danhgia.publication;

/** A document with its content, read back and checked against its SHA-256 before it is handed out. */
public record DocumentContent(DocumentView document, byte[] bytes) {
}

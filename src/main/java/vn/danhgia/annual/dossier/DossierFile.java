package vn.danhgia.annual.dossier;

/** A file handed out: its name, content type and checked content. */
public record DossierFile(String fileName, String contentType, byte[] bytes) {
}

package vn.danhgia.publication;

/**
 * The quarterly dossier of a unit (hồ sơ đánh giá, seed 000 §III.5; seed 002 §4 Bước 6 "lưu giữ tại cấp có thẩm quyền
 * quản lý"). The personnel officers whose office serves the unit and the authority deciding for its cadres read the
 * dossier, add documents and download them; a cadre downloads the documents about themselves. A document the reader
 * may not download is not found, in their own unit as anywhere else. Documents are append-only: never replaced or
 * deleted. Content is checked against its SHA-256 on every download; a mismatch is refused and logged, never served.
 */
public interface DossierService {

    DossierView dossier(long unitId, int year, int quarter);

    /**
     * Stores the file and records it in the dossier.
     *
     * @throws vn.danhgia.platform.InvalidInputException (400) for a file too large, empty, of a type not allowed, or an
     *                                                  unknown kind or cadre; nothing is stored
     */
    DocumentView upload(long unitId, int year, int quarter, DocumentUpload upload);

    DocumentContent download(long documentId);

    /** The documents about the signed-in cadre, newest first. */
    java.util.List<DocumentView> mine();
}

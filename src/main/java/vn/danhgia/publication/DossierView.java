package vn.danhgia.publication;

import java.util.List;

/**
 * A unit's quarterly dossier (hồ sơ đánh giá, xếp loại cán bộ hằng quý, seed 000 §III.5): the application's own
 * records — each cadre's self-assessment, the council's minutes, the complaint files — and the uploaded documents.
 */
public record DossierView(long unitId, String unitName, int year, int quarter, boolean mayUpload,
                          List<SelfAssessmentRecord> selfAssessments, List<Long> minutesSessionIds,
                          List<ComplaintView> complaints, List<DocumentView> documents,
                          List<UnitCadre> cadres) {

    public DossierView {
        selfAssessments = List.copyOf(selfAssessments);
        minutesSessionIds = List.copyOf(minutesSessionIds);
        complaints = List.copyOf(complaints);
        documents = List.copyOf(documents);
        cadres = List.copyOf(cadres);
    }

    public record SelfAssessmentRecord(long selfAssessmentId, String cadreCode, String fullName, String status) {
    }

    /** A cadre of the unit a document may be about. */
    public record UnitCadre(long cadreId, String code, String fullName) {
    }
}

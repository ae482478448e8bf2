package vn.danhgia.emulation;

/**
 * The units' proposal dossiers (hồ sơ đề nghị công nhận danh hiệu thi đua, hình thức khen thưởng; seed 003 §IV) as
 * their documents read them: the closed review meeting a dossier is prepared from.
 */
public interface EmulationDossiers {

    /**
     * The unit's closed review of the year. Refuses with {@code RecordNotFoundException} when the reader does not
     * keep the unit's dossier (its leaders, the personnel office serving it, administrators), and with
     * {@code RuleRefusedException} while the unit has no closed review, since a dossier rests on the meeting's result.
     */
    ClosedReview closedReview(long unitId, int year);
}

package vn.danhgia.rules.annual;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danhgia.rules.annual.AnnualDossierItem.*;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.danhgia.rules.annual.AnnualDossierChecklist.Entry;
import vn.danhgia.rules.annual.AnnualDossierItem.Holder;

/** Seed 003 §2.1 a "Hồ sơ gồm": the individual's fourteen items and the collective's four, and what may be left out. */
class AnnualDossierChecklistTests {

    @Test
    void anIndividualsDossierHoldsTheFourteenItemsOfSeed003InTheirOrder() {
        // Seed 003 §2.1 a, "Đối với cá nhân … Hồ sơ gồm" (1) to (14).
        assertThat(AnnualDossierChecklist.items(Holder.INDIVIDUAL)).containsExactly(PROPOSAL, SELF_REVIEW,
                ASSET_DECLARATION, CV_SUPPLEMENT, RESIDENCE_COMMENT, WORKPLACE_COMMENT, MINUTES, REVIEW_SUGGESTIONS,
                CONCLUSION, COMPLAINT_FILE, EXCELLENCE_EVIDENCE, SUMMARY_TABLES, HALF_PAGE_SUMMARY, OTHER_DOCUMENTS);
        assertThat(AnnualDossierChecklist.items(Holder.INDIVIDUAL)).extracting(AnnualDossierItem::number)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14);
    }

    @Test
    void aCollectivesDossierHoldsTheFourItemsOfSeed003() {
        // Seed 003 §2.1 a, "Đối với tập thể … Hồ sơ gồm" (1) to (4).
        assertThat(AnnualDossierChecklist.items(Holder.COLLECTIVE)).containsExactly(COLLECTIVE_PROPOSAL,
                COLLECTIVE_REPORT, COLLECTIVE_MINUTES, COLLECTIVE_REVIEW_SUGGESTIONS);
        assertThat(AnnualDossierChecklist.notApplicableRefusal(COLLECTIVE_REPORT, false))
                .contains("annual.dossier.refused.mandatory");
        // (4) "Văn bản gợi ý kiểm điểm (nếu có)".
        assertThat(AnnualDossierChecklist.notApplicableRefusal(COLLECTIVE_REVIEW_SUGGESTIONS, false)).isEmpty();
    }

    @Test
    void itemsTheSeedDoesNotMarkIfAnyCannotBeNotApplicable() {
        // Seed 003 §2.1 a (1)–(7) and (9) carry no "nếu có" and no condition.
        for (AnnualDossierItem item : new AnnualDossierItem[] {PROPOSAL, SELF_REVIEW, ASSET_DECLARATION,
                CV_SUPPLEMENT, RESIDENCE_COMMENT, WORKPLACE_COMMENT, MINUTES, CONCLUSION}) {
            assertThat(AnnualDossierChecklist.notApplicableRefusal(item, false)).as(item.name())
                    .contains("annual.dossier.refused.mandatory");
        }
    }

    @Test
    void ifAnyAndConditionalItemsMayBeNotApplicable() {
        // Seed 003 §2.1 a (8), (10), (14) "nếu có"; (12) only for those the Ban cán sự đảng rates; (13) only leaders.
        for (AnnualDossierItem item : new AnnualDossierItem[] {REVIEW_SUGGESTIONS, COMPLAINT_FILE, SUMMARY_TABLES,
                HALF_PAGE_SUMMARY, OTHER_DOCUMENTS}) {
            assertThat(AnnualDossierChecklist.notApplicableRefusal(item, true)).as(item.name()).isEmpty();
        }
    }

    @Test
    void excellenceEvidenceIsRequiredOnlyForAnExcellentProposal() {
        // Seed 003 §2.1 a (11): "Đối với các trường hợp đề nghị xếp loại ở mức hoàn thành xuất sắc nhiệm vụ".
        assertThat(AnnualDossierChecklist.notApplicableRefusal(EXCELLENCE_EVIDENCE, false)).isEmpty();
        assertThat(AnnualDossierChecklist.notApplicableRefusal(EXCELLENCE_EVIDENCE, true))
                .contains("annual.dossier.refused.excellent-evidence");
    }

    @Test
    void aDossierIsCompleteWhenEveryItemIsUploadedOrRightlyNotApplicable() {
        Map<AnnualDossierItem, Entry> recorded = new EnumMap<>(AnnualDossierItem.class);
        for (AnnualDossierItem item : AnnualDossierChecklist.items(Holder.INDIVIDUAL)) {
            recorded.put(item, item.need() == AnnualDossierItem.Need.MANDATORY ? Entry.UPLOADED : Entry.NOT_APPLICABLE);
        }
        assertThat(AnnualDossierChecklist.missing(Holder.INDIVIDUAL, recorded, false)).isEmpty();
        // Proposed at EXCELLENT afterwards: the evidence marked not applicable no longer counts.
        assertThat(AnnualDossierChecklist.missing(Holder.INDIVIDUAL, recorded, true))
                .containsExactly(EXCELLENCE_EVIDENCE);
        recorded.remove(ASSET_DECLARATION);
        recorded.remove(OTHER_DOCUMENTS);
        assertThat(AnnualDossierChecklist.missing(Holder.INDIVIDUAL, recorded, false))
                .containsExactly(ASSET_DECLARATION, OTHER_DOCUMENTS);
    }
}

package vn.danhgia.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import vn.danhgia.catalog.CatalogItemInput;
import vn.danhgia.catalog.CatalogStatus;
import vn.danhgia.platform.RuleRefusedException;

/** The approval of a catalogue version (seed 002 §4 Bước 1) as a guarded state machine. */
class CatalogVersionStateTests {

    private static final Instant MONDAY = Instant.parse("2026-06-22T02:00:00Z");
    private static final CatalogItemInput MONTHLY_REPORT = new CatalogItemInput(
            "Báo cáo kết quả thực hiện nhiệm vụ hằng tháng", "Cấp có thẩm quyền phê duyệt",
            "Thường xuyên, nhiệm vụ chủ yếu là thống kê", "Báo cáo", "01", "Theo quy định ngày hằng tháng",
            "Công việc chuẩn", new BigDecimal("100"));

    @Test
    void draftIsSubmittedThenApproved() {
        CatalogVersion version = draftWithOneItem();

        version.submit(MONDAY);
        assertThat(version.status()).isEqualTo(CatalogStatus.SUBMITTED);
        version.approve("thamquyen", MONDAY);

        assertThat(version.status()).isEqualTo(CatalogStatus.APPROVED);
        assertThat(version.decidedBy()).isEqualTo("thamquyen");
    }

    @Test
    void returnedVersionCanBeEditedAndSubmittedAgain() {
        CatalogVersion version = draftWithOneItem();
        version.submit(MONDAY);

        version.returnForRevision("thamquyen", MONDAY, "Bổ sung báo cáo quý");
        version.addItem(MONTHLY_REPORT);
        version.submit(MONDAY);

        assertThat(version.status()).isEqualTo(CatalogStatus.SUBMITTED);
        assertThat(version.items()).extracting(CatalogItem::itemNumber).containsExactly(1, 2);
        assertThat(version.decisionNote()).isEqualTo("Bổ sung báo cáo quý");
    }

    @Test
    void emptyCatalogueCannotBeSubmitted() {
        CatalogVersion version = CatalogVersion.draft(1, 1, "Danh mục", new BigDecimal("100"), "tochuc", MONDAY,
                Optional.empty());

        assertThatThrownBy(() -> version.submit(MONDAY)).isInstanceOf(RuleRefusedException.class)
                .hasMessage("catalog.refused.empty");
        assertThat(version.status()).isEqualTo(CatalogStatus.DRAFT);
    }

    @Test
    void draftCannotBeApprovedBeforeItIsSubmitted() {
        assertRefusedIn(CatalogStatus.DRAFT, version -> version.approve("thamquyen", MONDAY));
        assertRefusedIn(CatalogStatus.DRAFT, version -> version.returnForRevision("thamquyen", MONDAY, "Sửa"));
        assertRefusedIn(CatalogStatus.DRAFT, CatalogVersion::supersede);
    }

    @Test
    void submittedVersionCannotBeEditedOrSubmittedAgain() {
        assertRefusedIn(CatalogStatus.SUBMITTED, version -> version.addItem(MONTHLY_REPORT));
        assertRefusedIn(CatalogStatus.SUBMITTED, version -> version.updateItem(version.items().get(0),
                MONTHLY_REPORT));
        assertRefusedIn(CatalogStatus.SUBMITTED, version -> version.removeItem(version.items().get(0)));
        assertRefusedIn(CatalogStatus.SUBMITTED, version -> version.submit(MONDAY));
    }

    @Test
    void approvedVersionIsNeverEditedOnlySuperseded() {
        assertRefusedIn(CatalogStatus.APPROVED, version -> version.addItem(MONTHLY_REPORT));
        assertRefusedIn(CatalogStatus.APPROVED, version -> version.updateItem(version.items().get(0),
                MONTHLY_REPORT));
        assertRefusedIn(CatalogStatus.APPROVED, version -> version.approve("thamquyen", MONDAY));
        assertRefusedIn(CatalogStatus.APPROVED, version -> version.returnForRevision("thamquyen", MONDAY, "x"));

        CatalogVersion approved = in(CatalogStatus.APPROVED);
        approved.supersede();
        assertThat(approved.status()).isEqualTo(CatalogStatus.SUPERSEDED);
    }

    @Test
    void supersededVersionStaysAsItIs() {
        assertRefusedIn(CatalogStatus.SUPERSEDED, version -> version.addItem(MONTHLY_REPORT));
        assertRefusedIn(CatalogStatus.SUPERSEDED, version -> version.removeItem(version.items().get(0)));
        assertRefusedIn(CatalogStatus.SUPERSEDED, version -> version.submit(MONDAY));
        assertRefusedIn(CatalogStatus.SUPERSEDED, version -> version.approve("thamquyen", MONDAY));
        assertRefusedIn(CatalogStatus.SUPERSEDED, CatalogVersion::supersede);
    }

    @Test
    void newDraftCopiesTheItemsOfTheVersionInForce() {
        CatalogVersion inForce = in(CatalogStatus.APPROVED);

        CatalogVersion next = CatalogVersion.draft(1, 2, "Danh mục 2", new BigDecimal("100"), "tochuc", MONDAY,
                Optional.of(inForce));

        assertThat(next.items()).hasSize(1);
        assertThat(next.items().get(0)).isNotSameAs(inForce.items().get(0));
        assertThat(next.items().get(0).input()).isEqualTo(MONTHLY_REPORT);
    }

    private static void assertRefusedIn(CatalogStatus status, Consumer<CatalogVersion> change) {
        CatalogVersion version = in(status);
        CatalogItemInput itemBefore = version.items().get(0).input();

        assertThatThrownBy(() -> change.accept(version)).isInstanceOf(RuleRefusedException.class);
        assertThat(version.status()).isEqualTo(status);
        assertThat(version.items()).hasSize(1);
        assertThat(version.items().get(0).input()).isEqualTo(itemBefore);
    }

    private static CatalogVersion in(CatalogStatus status) {
        CatalogVersion version = draftWithOneItem();
        if (status == CatalogStatus.DRAFT) {
            return version;
        }
        version.submit(MONDAY);
        switch (status) {
            case APPROVED -> version.approve("thamquyen", MONDAY);
            case RETURNED -> version.returnForRevision("thamquyen", MONDAY, "Sửa lại");
            case SUPERSEDED -> {
                version.approve("thamquyen", MONDAY);
                version.supersede();
            }
            default -> { }
        }
        return version;
    }

    private static CatalogVersion draftWithOneItem() {
        CatalogVersion version = CatalogVersion.draft(1, 1, "Danh mục sản phẩm/công việc chuẩn",
                new BigDecimal("100"), "tochuc", MONDAY, Optional.empty());
        version.addItem(MONTHLY_REPORT);
        return version;
    }
}

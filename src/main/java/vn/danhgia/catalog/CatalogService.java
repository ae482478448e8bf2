package vn.danhgia.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import vn.danhgia.organization.UnitId;
import vn.danhgia.organization.UnitView;

/**
 * Drafting and approving the standard product catalogue (Danh mục sản phẩm/công việc chuẩn) of a unit, seed 002 §4
 * Bước 1 and Phụ lục 1: "Cơ quan tham mưu về công tác tổ chức cán bộ ... tham mưu trình cấp có thẩm quyền phê duyệt
 * Danh mục sản phẩm/công việc chuẩn".
 * <ul>
 *   <li>Reading: anyone who sees the unit (its leadership, the units above, the personnel office serving it) and
 *       administrators; otherwise {@link vn.danhgia.platform.RecordNotFoundException}, whether the id exists or not.</li>
 *   <li>Drafting, editing and submitting: a personnel officer whose office serves the unit.</li>
 *   <li>Approving and returning: the unit's head or deputy, or an authority leading a unit above it; never the person
 *       who drafted the version ({@link vn.danhgia.platform.AccessRefusedException}).</li>
 * </ul>
 * Changes carry the version the caller read; a newer stored one refuses them with
 * {@link org.springframework.dao.OptimisticLockingFailureException}. A change in the wrong state is refused with
 * {@link vn.danhgia.platform.RuleRefusedException}, invalid input with {@link vn.danhgia.platform.InvalidInputException}.
 * Every change is written to the audit trail.
 */
public interface CatalogService {

    /** The versions of the units the person sees (of one unit when given), by unit code then newest first. */
    List<CatalogVersionSummary> catalogues(Optional<UnitId> unit);

    CatalogVersionView version(long versionId);

    /** The units the person may draft a catalogue for (those their personnel office serves), by code. */
    List<UnitView> unitsForDrafting();

    /**
     * Starts the unit's next version as a draft holding a copy of the items of the version in force, if any. Refused
     * while another version of the unit is still a draft, submitted or returned.
     */
    CatalogVersionView draftNewVersion(UnitId unit, String title, BigDecimal standardPoints);

    CatalogVersionView addItem(long versionId, long expectedVersion, CatalogItemInput item);

    CatalogVersionView updateItem(long versionId, long itemId, long expectedVersion, CatalogItemInput item);

    /** Removes the item; the items after it move up one number. */
    CatalogVersionView removeItem(long versionId, long itemId, long expectedVersion);

    CatalogVersionView submit(long versionId, long expectedVersion);

    /** Puts the version in force; the one in force before becomes superseded. */
    CatalogVersionView approve(long versionId, long expectedVersion);

    CatalogVersionView returnForRevision(long versionId, long expectedVersion, String note);
}

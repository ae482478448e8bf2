package vn.danhgia.catalog.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import vn.danhgia.catalog.CatalogItemInput;
import vn.danhgia.catalog.CatalogStatus;
import vn.danhgia.platform.RuleRefusedException;

/**
 * One version of a unit's standard product catalogue (Danh mục sản phẩm/công việc chuẩn, seed 002 Mẫu 02), the
 * aggregate of its items. A guarded state machine: DRAFT → SUBMITTED → APPROVED → SUPERSEDED, with SUBMITTED →
 * RETURNED → SUBMITTED for revisions; items change only in DRAFT or RETURNED. A transition in any other state is
 * refused with {@link RuleRefusedException} and changes nothing.
 */
@Entity
@Table(name = "catalog_version")
class CatalogVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @Column(name = "version_number", nullable = false)
    private int versionNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CatalogStatus status;

    @Column(name = "standard_points", nullable = false)
    private BigDecimal standardPoints;

    @Column(nullable = false)
    private String title;

    @Column(name = "drafted_by", nullable = false)
    private String draftedBy;

    @Column(name = "drafted_at", nullable = false)
    private Instant draftedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_note")
    private String decisionNote;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "version_id", nullable = false, updatable = false)
    @OrderBy("itemNumber")
    private List<CatalogItem> items = new ArrayList<>();

    protected CatalogVersion() {
        // for JPA
    }

    /** A new draft; with the version in force given, its items are copied so the office edits from there. */
    static CatalogVersion draft(long unitId, int versionNumber, String title, BigDecimal standardPoints,
                                String draftedBy, Instant draftedAt, Optional<CatalogVersion> inForce) {
        CatalogVersion draft = new CatalogVersion();
        draft.unitId = unitId;
        draft.versionNumber = versionNumber;
        draft.status = CatalogStatus.DRAFT;
        draft.title = title.strip();
        draft.standardPoints = standardPoints;
        draft.draftedBy = draftedBy;
        draft.draftedAt = draftedAt;
        inForce.ifPresent(source -> source.items.forEach(item -> draft.items.add(item.copyAs(item.itemNumber()))));
        return draft;
    }

    CatalogItem addItem(CatalogItemInput input) {
        requireEditable();
        CatalogItem item = new CatalogItem(items.size() + 1, input);
        items.add(item);
        return item;
    }

    void updateItem(CatalogItem item, CatalogItemInput input) {
        requireEditable();
        item.write(input);
    }

    /**
     * Takes the item out. The items after it are returned so the caller can renumber them one by one once the
     * removal is written: the unique (version, number) constraint is checked row by row on PostgreSQL.
     */
    List<CatalogItem> removeItem(CatalogItem item) {
        requireEditable();
        int index = items.indexOf(item);
        items.remove(index);
        return List.copyOf(items.subList(index, items.size()));
    }

    void submit(Instant at) {
        require(status.editable());
        if (items.isEmpty()) {
            throw new RuleRefusedException("catalog.refused.empty");
        }
        status = CatalogStatus.SUBMITTED;
        submittedAt = at;
    }

    void approve(String by, Instant at) {
        require(status == CatalogStatus.SUBMITTED);
        status = CatalogStatus.APPROVED;
        decide(by, at, null);
    }

    void returnForRevision(String by, Instant at, String note) {
        require(status == CatalogStatus.SUBMITTED);
        status = CatalogStatus.RETURNED;
        decide(by, at, note.strip());
    }

    /** A newer version of the unit came into force; this one and its items stay as they are for the plans. */
    void supersede() {
        require(status == CatalogStatus.APPROVED);
        status = CatalogStatus.SUPERSEDED;
    }

    Optional<CatalogItem> item(long itemId) {
        return items.stream().filter(item -> item.id() != null && item.id() == itemId).findFirst();
    }

    private void decide(String by, Instant at, String note) {
        decidedBy = by;
        decidedAt = at;
        decisionNote = note;
    }

    private void requireEditable() {
        if (!status.editable()) {
            throw new RuleRefusedException("catalog.refused.not-editable", versionNumber, statusLabel());
        }
    }

    private void require(boolean allowed) {
        if (!allowed) {
            throw new RuleRefusedException("catalog.refused.wrong-state", versionNumber, statusLabel());
        }
    }

    /** The status as a message argument, so the refusal names it in the reader's language. */
    private MessageSourceResolvable statusLabel() {
        return new DefaultMessageSourceResolvable(status.messageKey());
    }

    static Set<CatalogStatus> open() {
        return Set.of(CatalogStatus.DRAFT, CatalogStatus.SUBMITTED, CatalogStatus.RETURNED);
    }

    Long id() {
        return id;
    }

    long version() {
        return version;
    }

    long unitId() {
        return unitId;
    }

    int versionNumber() {
        return versionNumber;
    }

    CatalogStatus status() {
        return status;
    }

    BigDecimal standardPoints() {
        return standardPoints;
    }

    String title() {
        return title;
    }

    String draftedBy() {
        return draftedBy;
    }

    Instant draftedAt() {
        return draftedAt;
    }

    Instant submittedAt() {
        return submittedAt;
    }

    String decidedBy() {
        return decidedBy;
    }

    Instant decidedAt() {
        return decidedAt;
    }

    String decisionNote() {
        return decisionNote;
    }

    List<CatalogItem> items() {
        return Collections.unmodifiableList(items);
    }
}

package vn.danhgia.catalog.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import vn.danhgia.catalog.CatalogItemInput;
import vn.danhgia.platform.TypedText;

/**
 * One product or work item (sản phẩm/công việc) of a catalogue version. Changed only through its version while that
 * is editable; plans point to it by id, so a submitted item is never changed again.
 */
@Entity
@Table(name = "catalog_item")
class CatalogItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_number", nullable = false)
    private int itemNumber;

    @Column(nullable = false)
    private String task;

    @Column(name = "approval_level")
    private String approvalLevel;

    private String difficulty;

    @Column(name = "product_type", nullable = false)
    private String productType;

    private String quantity;

    @Column(name = "deadline_pattern")
    private String deadlinePattern;

    private String note;

    @Column(nullable = false)
    private BigDecimal points;

    protected CatalogItem() {
        // for JPA
    }

    CatalogItem(int itemNumber, CatalogItemInput input) {
        this.itemNumber = itemNumber;
        write(input);
    }

    CatalogItem copyAs(int number) {
        return new CatalogItem(number, input());
    }

    void write(CatalogItemInput input) {
        task = input.task().strip();
        approvalLevel = TypedText.blankToNull(input.approvalLevel());
        difficulty = TypedText.blankToNull(input.difficulty());
        productType = input.productType().strip();
        quantity = TypedText.blankToNull(input.quantity());
        deadlinePattern = TypedText.blankToNull(input.deadlinePattern());
        note = TypedText.blankToNull(input.note());
        points = input.points();
    }

    void renumber(int number) {
        itemNumber = number;
    }

    CatalogItemInput input() {
        return new CatalogItemInput(task, approvalLevel, difficulty, productType, quantity, deadlinePattern, note,
                points);
    }

    Long id() {
        return id;
    }

    int itemNumber() {
        return itemNumber;
    }

    BigDecimal points() {
        return points;
    }
}

package vn.danhgia.annual.selfreview;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** The points a leader gives themselves on one item of the criteria frame. */
@Embeddable
record SelfReviewScore(@Column(name = "item_code") String itemCode, @Column(name = "points") BigDecimal points) {
}

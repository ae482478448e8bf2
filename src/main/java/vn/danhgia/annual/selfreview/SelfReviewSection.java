package vn.danhgia.annual.selfreview;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One section's text of a self-review. */
@Embeddable
record SelfReviewSection(@Column(name = "section_code") String code, @Column(name = "sort_order") int sortOrder,
                         @Column(name = "section_text") String text) {
}

package vn.danhgia.scheme.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import vn.danhgia.scheme.Quarter;

@Embeddable
record DirectListingQuarter(@Column(name = "listing_year") int year, @Column(name = "listing_quarter") int quarter) {

    Quarter view() {
        return new Quarter(year, quarter);
    }
}

package vn.danhgia.rules.yearend;

import java.util.Objects;

/** A person considered for the year's EXCELLENT level, with their rating history. */
public record YearEndCandidate(String id, String name, YearEndReview review) {

    public YearEndCandidate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(review, "review");
    }
}

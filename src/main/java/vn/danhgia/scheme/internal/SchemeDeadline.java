package vn.danhgia.scheme.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import vn.danhgia.scheme.Deadline;
import vn.danhgia.scheme.DeadlineMonth;
import vn.danhgia.scheme.DeadlineStep;

@Embeddable
record SchemeDeadline(@Enumerated(EnumType.STRING) DeadlineStep step,
                      @Enumerated(EnumType.STRING) @Column(name = "relative_month") DeadlineMonth month,
                      @Column(name = "day_of_month") int day, boolean inclusive) {

    static SchemeDeadline of(Deadline deadline) {
        return new SchemeDeadline(deadline.step(), deadline.month(), deadline.day(), deadline.inclusive());
    }

    Deadline view() {
        return new Deadline(step, month, day, inclusive);
    }
}

package vn.danhgia.decision.internal;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.danhgia.decision.PeriodRef;
import vn.danhgia.scheme.Quarter;

/**
 * Where the results of deferred quarters go (seed 002 §7 d): "kết quả thực hiện nhiệm vụ trong thời gian công tác còn
 * lại của quý đó sẽ được xem xét sang quý tiếp theo". The next rated period takes them up: quarter I's go to quarter
 * II, quarter III's to the year-end rating, which covers quarter IV (seed 000 §I.2.2); when that period is deferred
 * too they travel on with its own.
 */
final class CarryOver {

    private final Set<PeriodRef> deferred;

    CarryOver(Collection<Quarter> deferredQuarters) {
        this.deferred = deferredQuarters.stream().map(PeriodRef::of).collect(Collectors.toSet());
    }

    PeriodRef carriedInto(Quarter deferredQuarter) {
        PeriodRef next = PeriodRef.of(deferredQuarter).next();
        while (deferred.contains(next)) {
            next = next.next();
        }
        return next;
    }

    /** The deferred quarters whose results the period's rating takes up, earliest first. */
    List<PeriodRef> carriedOverInto(PeriodRef period) {
        return deferred.stream()
                .filter(quarter -> carriedInto(new Quarter(quarter.year(), quarter.period().ordinal() + 1))
                        .equals(period))
                .sorted()
                .toList();
    }
}

package vn.danhgia.annual.selfreview;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.danhgia.annual.SelfReviewStatus;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.TodoSource;
import vn.danhgia.platform.WorkItem;

/**
 * "Làm bản kiểm điểm năm" on the to-do list: a person's own self-review of the year, from November (the plans of seeds
 * 003 and 004 run from late November to mid-December) until it is submitted, and in January still for the year just
 * ended. The period shows as quarter IV of the year, the quarter the review closes; no last day is given here, since
 * the annual calendar belongs to the yearly scheme.
 */
@Component
class SelfReviewTodo implements TodoSource {

    private final SelfReviewRepository reviews;
    private final Clock clock;

    SelfReviewTodo(SelfReviewRepository reviews, Clock clock) {
        this.reviews = reviews;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkItem> openWork(Actor actor) {
        if (actor.cadreId().isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        int year;
        if (today.getMonth().compareTo(Month.NOVEMBER) >= 0) {
            year = today.getYear();
        } else if (today.getMonth() == Month.JANUARY) {
            year = today.getYear() - 1;
        } else {
            return List.of();
        }
        boolean submitted = reviews.findBySubject("C" + actor.cadreId().get(), year)
                .map(review -> review.status() == SelfReviewStatus.SUBMITTED).orElse(false);
        if (submitted) {
            return List.of();
        }
        return List.of(WorkItem.ofYear("selfreview.todo.write", actor.displayName(), year, null,
                "/annual/self-review?year=" + year));
    }
}

package vn.danhgia.platform;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The signed-in person's to-do list (Việc cần làm, issue 12): every module's open work, the nearest deadline first
 * (items without a deadline last), one list for the home page and for {@code /api/v1/todo}.
 */
@Service
public class TodoList {

    private static final Comparator<WorkItem> NEAREST_DEADLINE_FIRST = Comparator
            .comparing(WorkItem::deadline, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(WorkItem::year).thenComparing(WorkItem::quarter)
            .thenComparing(WorkItem::messageKey).thenComparing(WorkItem::subject);

    private final List<TodoSource> sources;
    private final CurrentActor currentActor;
    private final Clock clock;

    TodoList(List<TodoSource> sources, CurrentActor currentActor, Clock clock) {
        this.sources = List.copyOf(sources);
        this.currentActor = currentActor;
        this.clock = clock;
    }

    /** The signed-in person's open work. */
    public List<WorkItem> mine() {
        Actor actor = currentActor.get();
        return sources.stream().flatMap(source -> source.openWork(actor).stream())
                .sorted(NEAREST_DEADLINE_FIRST).toList();
    }

    /** Today, in the zone deadlines fall in: an item is overdue after its last day. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }
}

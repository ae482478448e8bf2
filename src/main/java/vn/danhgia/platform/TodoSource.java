package vn.danhgia.platform;

import java.util.List;

/**
 * A module's share of the to-do list: the open work of the signed-in person in that module, read with a fixed number
 * of queries and scoped exactly as the module's own pages are. Platform collects every source ({@link TodoList}), so it
 * depends on none of the modules that implement it.
 */
public interface TodoSource {

    List<WorkItem> openWork(Actor actor);
}

package vn.danhgia.reporting;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The application nodes the virtual users reach, as a load balancer in front of them would see them: a node that
 * refused a connection is taken out, and requests go to the next. Sticky: each user keeps to one node (sessions in one
 * node's memory); round robin: each request to the next node (sessions must be shared).
 */
final class Nodes {

    private final List<String> bases;
    private final boolean sticky;
    private final boolean sharedSessions;
    private final Set<String> down = ConcurrentHashMap.newKeySet();
    private final AtomicInteger counter = new AtomicInteger();

    Nodes(List<String> bases, boolean sticky, boolean sharedSessions) {
        this.bases = List.copyOf(bases);
        this.sticky = sticky;
        this.sharedSessions = sharedSessions;
    }

    boolean sticky() {
        return sticky;
    }

    boolean sharedSessions() {
        return sharedSessions;
    }

    int size() {
        return bases.size();
    }

    int next() {
        return counter.getAndIncrement();
    }

    /** The node at this turn, or the next one still up (all down: the one at this turn, to fail there). */
    String alive(int turn) {
        for (int i = 0; i < bases.size(); i++) {
            String base = bases.get(Math.floorMod(turn + i, bases.size()));
            if (!down.contains(base)) {
                return base;
            }
        }
        return bases.get(Math.floorMod(turn, bases.size()));
    }

    void down(String base) {
        down.add(base);
    }
}

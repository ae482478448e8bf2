package vn.danhgia.reporting.dashboard;

import java.util.List;

/** The people behind one number of the dashboard, at most {@link #LIMIT} of them, and how many match in all. */
public record DashboardPeople(DashboardSlice slice, String unitName, List<DashboardPerson> people, long matching) {

    public static final int LIMIT = 200;

    public DashboardPeople {
        people = List.copyOf(people);
    }
}

package vn.danhgia.reporting.emulation;

import java.util.List;

/**
 * The dashboard's emulation panel for a year in the reader's scope (issue 14 §6): registrations of individuals and
 * collectives (and how many late), the nominations the units' review meetings chose, and the titles and rewards
 * awarded, counted as the titles report counts them.
 */
public record EmulationPanel(int year, long individualRegistrations, long collectiveRegistrations,
                             long lateRegistrations, long nominationsChosen, long titlesAwarded,
                             List<TitleCount> byTitle) {

    public EmulationPanel {
        byTitle = List.copyOf(byTitle);
    }

    /** One title's awards in the scope. */
    public record TitleCount(vn.danhgia.rules.emulation.EmulationTitle title, long awarded) {
    }
}

package vn.danhgia.emulation.dossier;

import java.time.LocalDate;
import java.util.List;

/** A recognition decision as recorded, with the nominations it recognised and entered in the holders' histories. */
public record DecisionView(long id, int year, String number, LocalDate signedOn, String authority,
                           List<NominationLine> recognised) {

    public DecisionView {
        recognised = List.copyOf(recognised);
    }
}

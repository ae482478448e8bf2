package vn.danhgia.emulation.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.danhgia.emulation.Nominee;
import vn.danhgia.rules.emulation.EmulationRules;
import vn.danhgia.rules.emulation.EmulationTitle;

/**
 * The personnel office's consolidation of the units' proposal dossiers for a year (seed 003 §IV: "tổng hợp trình Hội
 * nghị cán bộ chủ chốt và Hội đồng thi đua khen thưởng"): each unit's dossier, the nominations the sent dossiers
 * propose with their totals per title, the cap on Chiến sĩ thi đua cơ sở over the whole office, and the decisions
 * recorded so far.
 *
 * @param sent    units whose dossier reached the office (sent or already decided)
 * @param late    of those, the ones sent after their calendar's day
 * @param missing units whose dossier has not reached the office (not sent, or returned and not sent again)
 */
public record OfficeConsolidationView(int year, List<UnitLine> units, int sent, int late, int missing,
                                      List<NominationLine> nominations, List<TitleTotal> titles, GrassrootsCap cap,
                                      List<DecisionLine> decisions) {

    public OfficeConsolidationView {
        units = List.copyOf(units);
        nominations = List.copyOf(nominations);
        titles = List.copyOf(titles);
        decisions = List.copyOf(decisions);
    }

    /** A unit's dossier: its state (null while not prepared), whether late, when sent, what its meeting chose. */
    public record UnitLine(long unitId, String unitName, String review, EmulationDossierStatus status, boolean late,
                           Instant sentAt, LocalDate deadline, int chosen) {

        /** Whether the dossier reached the office. */
        public boolean received() {
            return status == EmulationDossierStatus.SENT || status == EmulationDossierStatus.DECIDED;
        }
    }

    /** How many the received dossiers propose for a title, across the office. */
    public record TitleTotal(EmulationTitle title, int count) {
    }

    /**
     * Chiến sĩ thi đua cơ sở against Lao động tiên tiến over the whole office (Nghị định 98/2023: at most the
     * scheme's share, 15 % by default, of those recognised Lao động tiên tiến).
     */
    public record GrassrootsCap(int advancedWorkers, int grassrootsFighters, int allowed) {

        /**
         * The share over the lines (Nghị định 98/2023): the Chiến sĩ thi đua cơ sở among the people proposed or
         * recognised as Lao động tiên tiến, a Chiến sĩ thi đua cơ sở being one of them (Luật TĐKT 2022 Điều 23).
         */
        static GrassrootsCap of(Collection<NominationLine> lines, EmulationRules rules) {
            Set<Nominee> advanced = new HashSet<>();
            Set<Nominee> fighters = new HashSet<>();
            for (NominationLine line : lines) {
                if (line.title() == EmulationTitle.ADVANCED_WORKER
                        || line.title() == EmulationTitle.GRASSROOTS_EMULATION_FIGHTER) {
                    advanced.add(line.nominee());
                }
                if (line.title() == EmulationTitle.GRASSROOTS_EMULATION_FIGHTER) {
                    fighters.add(line.nominee());
                }
            }
            return new GrassrootsCap(advanced.size(), fighters.size(),
                    rules.allowedGrassrootsFighters(advanced.size()));
        }

        public boolean within() {
            return grassrootsFighters <= allowed;
        }
    }

    /** A recognition decision recorded for the year, with how many nominations it recognised. */
    public record DecisionLine(long id, String number, LocalDate signedOn, String authority, int recognised) {
    }
}

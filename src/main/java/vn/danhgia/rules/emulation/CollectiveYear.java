package vn.danhgia.rules.emulation;

import java.util.List;
import java.util.Set;
import vn.danhgia.rules.DisciplineForm;
import vn.danhgia.rules.RatingLevel;

/**
 * What the emulation rules know of a collective's year (Luật TĐKT 2022 Điều 27, 28): its own yearly level, its
 * registration, an unanswered complaint, the titles it was awarded, and the outcome of each of its members.
 */
public record CollectiveYear(int year, RatingLevel level, Registration registration, boolean complaintOpen,
        Set<EmulationTitle> awarded, List<Member> members) {

    public CollectiveYear {
        registration = registration == null ? Registration.MISSING : registration;
        awarded = awarded == null ? Set.of() : Set.copyOf(awarded);
        members = members == null ? List.of() : List.copyOf(members);
    }

    /**
     * One member's year: the yearly level (null while undecided), the heaviest discipline, and whether the member is
     * (or is proposed in the same review as) Lao động tiên tiến and Chiến sĩ thi đua cơ sở.
     */
    public record Member(RatingLevel level, DisciplineForm discipline, boolean advancedWorker,
            boolean grassrootsFighter) {
    }
}

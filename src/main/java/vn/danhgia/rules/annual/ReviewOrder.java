package vn.danhgia.rules.annual;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The order of the annual review (kiểm điểm): which review must be finished before another may be closed.
 * <ul>
 *   <li>The collective before its members: seed 003 §I.2 "thực hiện kiểm điểm tập thể lãnh đạo trước, cá nhân sau";
 *       seed 004 §I.2 "lấy kết quả kiểm điểm của tập thể làm cơ sở để kiểm điểm cá nhân". An individual of a
 *       collective cannot be closed while the collective's own review is open.</li>
 *   <li>The head before the deputies: seed 003 §I.2 "kiểm điểm người đứng đầu trước, cấp phó của người đứng đầu sau";
 *       §2.3 "Chánh Văn phòng kiểm điểm trước, các Phó Chánh Văn phòng kiểm điểm sau".</li>
 *   <li>The civil-servant or public-employee rating before the party-member rating of the same person: seed 003 §I.2
 *       "đánh giá xếp loại chất lượng công chức, viên chức, người lao động trước, đánh giá xếp loại, chất lượng đảng
 *       viên sau".</li>
 * </ul>
 * A step that is not reviewed (seed 004 §II.1: exempt, suspended, admitted less than six months) blocks nothing. The
 * first unmet rule in the order above is the refusal, naming the step that must come first.
 */
public final class ReviewOrder {

    private ReviewOrder() {
    }

    /** Whose review a step is. */
    public enum SubjectKind {
        /** A leadership collective or party organisation (tập thể, tổ chức đảng). */
        COLLECTIVE,
        /** A person (cá nhân). */
        INDIVIDUAL
    }

    /** The person's rank in the collective the step belongs to. */
    public enum Rank {
        HEAD, DEPUTY, MEMBER
    }

    /** Which rating the step reviews. */
    public enum Track {
        /** The civil-servant, public-employee or worker rating (Nghị định 90/2020, 335/2025). */
        CIVIL_SERVICE,
        /** The party-member or party-organisation rating (Quy định 124, 366). */
        PARTY
    }

    /** Why a step may not be closed yet. */
    public enum Reason {
        COLLECTIVE_FIRST, HEAD_FIRST, CIVIL_SERVICE_FIRST;

        public String messageKey() {
            return "annual.meeting.order." + name();
        }
    }

    /**
     * One review step (a line of a meeting's agenda or of another meeting the same year).
     *
     * @param key        identifies the step
     * @param collective the collective the step belongs to (for a collective its own key, for a person the collective
     *                   they are reviewed before)
     * @param person     the person (cadre) the step reviews; null for a collective
     * @param name       the subject's name as the refusal shows it ("Trần Văn B", "Ban Chấp hành Đảng bộ phường")
     * @param title      the person's title in the collective ("Phó Bí thư"); empty for a collective
     * @param closed     whether the step is already closed
     * @param reviewed   false when the subject is not reviewed this year
     */
    public record Step(String key, SubjectKind kind, String collective, String person, Rank rank, Track track,
                       String name, String title, boolean closed, boolean reviewed) {

        public Step {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(track, "track");
            Objects.requireNonNull(name, "name");
            title = title == null ? "" : title;
            if (kind == SubjectKind.INDIVIDUAL && (person == null || rank == null)) {
                throw new IllegalArgumentException("an individual step needs its person and rank");
            }
        }

        public static Step collective(String key, Track track, String name, boolean closed) {
            return new Step(key, SubjectKind.COLLECTIVE, key, null, null, track, name, "", closed, true);
        }

        public static Step individual(String key, String collective, String person, Rank rank, Track track,
                                      String name, String title, boolean closed, boolean reviewed) {
            return new Step(key, SubjectKind.INDIVIDUAL, collective, person, rank, track, name, title, closed,
                    reviewed);
        }

        private boolean pending() {
            return reviewed && !closed;
        }
    }

    /**
     * A refusal: the step cannot be closed before {@code first}.
     *
     * @param step  the step one tried to close
     * @param first the step that must be closed first
     */
    public record Refusal(Reason reason, Step step, Step first) {

        /** The arguments of {@code reason.messageKey()}: {0} step's name, {1} its title, {2} first's, {3} its title. */
        public Object[] messageArguments() {
            return new Object[] {step.name(), step.title(), first.name(), first.title()};
        }
    }

    /**
     * Whether {@code step} may be closed now, given the other steps of the year it could depend on (the meeting's
     * agenda and the same person's steps in other meetings).
     */
    public static Optional<Refusal> checkClose(Step step, List<Step> others) {
        if (step.closed() || !step.reviewed()) {
            throw new IllegalArgumentException("step " + step.key() + " is closed or not reviewed");
        }
        if (step.kind() == SubjectKind.COLLECTIVE) {
            return Optional.empty();
        }
        List<Step> pending = others.stream().filter(other -> !other.key().equals(step.key()))
                .filter(Step::pending).toList();
        // Seed 003 §I.2; seed 004 §I.2: the collective first.
        Optional<Step> collective = pending.stream()
                .filter(other -> other.kind() == SubjectKind.COLLECTIVE)
                .filter(other -> other.key().equals(step.collective()))
                .findFirst();
        if (collective.isPresent()) {
            return Optional.of(new Refusal(Reason.COLLECTIVE_FIRST, step, collective.get()));
        }
        // Seed 003 §I.2, §2.3: the head first, then the deputies.
        if (step.rank() == Rank.DEPUTY) {
            Optional<Step> head = pending.stream()
                    .filter(other -> other.kind() == SubjectKind.INDIVIDUAL && other.rank() == Rank.HEAD)
                    .filter(other -> Objects.equals(other.collective(), step.collective()))
                    .filter(other -> other.track() == step.track())
                    .findFirst();
            if (head.isPresent()) {
                return Optional.of(new Refusal(Reason.HEAD_FIRST, step, head.get()));
            }
        }
        // Seed 003 §I.2: the civil-servant rating before the party-member rating of the same person.
        if (step.track() == Track.PARTY) {
            Optional<Step> civil = pending.stream()
                    .filter(other -> other.kind() == SubjectKind.INDIVIDUAL && other.track() == Track.CIVIL_SERVICE)
                    .filter(other -> step.person().equals(other.person()))
                    .findFirst();
            if (civil.isPresent()) {
                return Optional.of(new Refusal(Reason.CIVIL_SERVICE_FIRST, step, civil.get()));
            }
        }
        return Optional.empty();
    }
}

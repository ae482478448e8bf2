package vn.danhgia.rules.annual;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import vn.danhgia.rules.CorruptionExemption;
import vn.danhgia.rules.DisciplineForm;
import vn.danhgia.rules.Fraction;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.quarterly.EarlierShortcomings;
import vn.danhgia.rules.quarterly.TaskConditions;
import vn.danhgia.rules.yearend.YearEndReview;

/**
 * The facts of one subject (a person or a collective) for one year, as the yearly rules read them. Build it with
 * {@link #builder(SubjectTrack, int)}.
 *
 * @param track            what kind of subject
 * @param year             the year rated
 * @param points           the year's total on the 100-point frame, or null where the basis has no points
 * @param tasks            the year's tasks: assigned, done, beyond requirement, behind schedule, needing rework (done
 *                         − late − rework are the ones on time with quality); null only where the basis checks no
 *                         task conditions
 * @param misconduct       discipline, degradation and corruption in the year ({@link Misconduct#NONE})
 * @param shortcomings     the state of the shortcomings pointed out earlier
 * @param leadership       for a leader or manager: the led unit's tasks and, for viên chức managers, the managed
 *                         units' levels; null for someone who leads nothing
 * @param quarters         the rated periods of the year (Q1–Q3 with deferred/exempt markers) and Q4's level where
 *                         assessed; null where the subject has no quarterly ratings
 * @param headedCollective the collective the person heads, or null
 * @param cadreLevel       for a party member who is a cadre: the cadre level the party rating rests on (seed 004
 *                         §VII.1), or null
 * @param collective       for a collective or party organisation: its own facts, or null
 * @param presence         the months a person worked and was off in the year, or null for a whole year worked
 */
public record AnnualCase(SubjectTrack track, int year, BigDecimal points, TaskConditions tasks, Misconduct misconduct,
                         EarlierShortcomings shortcomings, Leadership leadership, YearQuarters quarters,
                         HeadedCollective headedCollective, LeaderPartyLevel cadreLevel,
                         CollectiveFacts collective, YearPresence presence) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public AnnualCase {
        Objects.requireNonNull(track, "track");
        Objects.requireNonNull(misconduct, "misconduct");
        Objects.requireNonNull(shortcomings, "shortcomings");
        if (points != null && (points.signum() < 0 || points.compareTo(HUNDRED) > 0)) {
            throw new IllegalArgumentException("points must be between 0 and 100, were " + points);
        }
        if (collective != null && !track.isCollective()) {
            throw new IllegalArgumentException("collective facts belong to a collective, not to a " + track);
        }
        if (presence != null && track.isCollective()) {
            throw new IllegalArgumentException("months worked belong to a person, not to a " + track);
        }
    }

    public boolean leader() {
        return leadership != null;
    }

    public static Builder builder(SubjectTrack track, int year) {
        return new Builder(track, year);
    }

    public Builder toBuilder() {
        return new Builder(track, year).points(points).tasks(tasks).misconduct(misconduct).shortcomings(shortcomings)
                .leadership(leadership).quarters(quarters).headedCollective(headedCollective).cadreLevel(cadreLevel)
                .collective(collective).presence(presence);
    }

    /**
     * Discipline, degradation and corruption in the year (QĐ 366 Điều 11 KHT; NĐ 335 KHT; DOMAIN-annual §1, §3).
     *
     * @param disciplined the heaviest disciplinary form imposed in the year (khiển trách or above), or null
     * @param degradation the authority concluded degradation, "tự diễn biến", "tự chuyển hoá"
     * @param corruption  corruption, waste or negativity in a unit under the person's direct charge, with the
     *                    person's exemption; null when none occurred. Counts for leaders only.
     */
    public record Misconduct(DisciplineForm disciplined, boolean degradation, CorruptionExemption corruption) {

        public static final Misconduct NONE = new Misconduct(null, false, null);

        public static Misconduct disciplined(DisciplineForm form) {
            return new Misconduct(Objects.requireNonNull(form, "form"), false, null);
        }
    }

    /**
     * What a leader answers for.
     *
     * @param ledUnit      the tasks of the unit or field the person directly leads (QĐ 366 Điều 11); null if unknown
     * @param managedUnits the levels of the units a viên chức manager manages (NĐ 90); null if unknown
     */
    public record Leadership(TaskConditions ledUnit, ManagedUnits managedUnits) {

        public static Leadership ofLedUnit(TaskConditions ledUnit) {
            return new Leadership(ledUnit, null);
        }

        public static Leadership ofManagedUnits(ManagedUnits managedUnits) {
            return new Leadership(null, managedUnits);
        }
    }

    /**
     * The levels of the units a manager manages (NĐ 90/2020: EXCELLENT and GOOD need 100 % of them COMPLETED or
     * above and at least 70 % GOOD or above).
     */
    public record ManagedUnits(int units, int completedOrAbove, int goodOrAbove) {

        public ManagedUnits {
            if (units < 0 || completedOrAbove < 0 || goodOrAbove < 0 || goodOrAbove > completedOrAbove
                    || completedOrAbove > units) {
                throw new IllegalArgumentException("managed units: " + goodOrAbove + " GOOD+ and " + completedOrAbove
                        + " COMPLETED+ of " + units);
            }
        }

        public static ManagedUnits of(List<RatingLevel> levels) {
            return new ManagedUnits(levels.size(),
                    (int) levels.stream().filter(level -> level.isAtLeast(RatingLevel.COMPLETED)).count(),
                    (int) levels.stream().filter(level -> level.isAtLeast(RatingLevel.GOOD)).count());
        }

        public Fraction goodShare() {
            return units == 0 ? Fraction.of(BigDecimal.ONE)
                    : Fraction.of(BigDecimal.valueOf(goodOrAbove), BigDecimal.valueOf(units));
        }
    }

    /**
     * The year's quarterly record (seed 002 §5; seed 000 §III.6.4: "Kết quả đánh giá, xếp loại quý I, II, III và kết
     * quả thực hiện nhiệm vụ quý IV là cơ sở để xem xét đánh giá, đề xuất mức xếp loại cuối năm").
     *
     * @param review  the ratings and deferred/exempt quarters, as {@link YearEndReview} takes them
     * @param q4Level the level of Q4's results where the scheme assesses them, or null
     */
    public record YearQuarters(YearEndReview review, RatingLevel q4Level) {

        public YearQuarters {
            Objects.requireNonNull(review, "review");
        }

        public static YearQuarters of(YearEndReview review) {
            return new YearQuarters(review, null);
        }
    }

    /**
     * The collective a person heads.
     *
     * @param level           its yearly level once rated, or null
     * @param residentialCell whether it is a chi bộ tổ dân phố (seed 004 §VII.2: the cap does not apply)
     * @param completion      its completion of the assigned targets (seed 002 §6.3), or null
     */
    public record HeadedCollective(RatingLevel level, boolean residentialCell, Fraction completion) {

        public static HeadedCollective rated(RatingLevel level, boolean residentialCell) {
            return new HeadedCollective(Objects.requireNonNull(level, "level"), residentialCell, null);
        }
    }

    /**
     * A collective's own facts (QĐ 366 Điều 11; DOMAIN-annual §2).
     *
     * @param disciplined                  the collective itself was disciplined in the year
     * @param subordinateUnitsDisciplined  directly subordinate units disciplined in the year
     * @param leadershipMembersDisciplined members of the leadership collective disciplined in the year
     * @param subordinateLevels            the yearly levels of its subordinate units or members, where known
     * @param bodies                       for a party organisation: the levels of its subordinate party
     *                                     organisations and of the same-level government and mass organisations,
     *                                     or null where not gathered
     */
    public record CollectiveFacts(boolean disciplined, int subordinateUnitsDisciplined,
                                  int leadershipMembersDisciplined, List<RatingLevel> subordinateLevels,
                                  SubordinateBodies bodies) {

        public static final CollectiveFacts NONE = new CollectiveFacts(false, 0, 0, List.of());

        public CollectiveFacts {
            if (subordinateUnitsDisciplined < 0 || leadershipMembersDisciplined < 0) {
                throw new IllegalArgumentException("disciplined counts must not be negative");
            }
            subordinateLevels = List.copyOf(subordinateLevels);
        }

        /** The facts of a collective whose subordinate bodies are not gathered. */
        public CollectiveFacts(boolean disciplined, int subordinateUnitsDisciplined, int leadershipMembersDisciplined,
                               List<RatingLevel> subordinateLevels) {
            this(disciplined, subordinateUnitsDisciplined, leadershipMembersDisciplined, subordinateLevels, null);
        }
    }

    /**
     * The bodies a party organisation answers for (Hướng dẫn 16-HD/BTCTW; DOMAIN-annual §2 "Subordinates").
     *
     * @param partyOrganisations the yearly levels of the directly subordinate party organisations (chi bộ, đảng bộ
     *                           bộ phận)
     * @param sameLevelBodies    the yearly levels of the government and mass organisations at the same level
     */
    public record SubordinateBodies(List<RatingLevel> partyOrganisations, List<RatingLevel> sameLevelBodies) {

        public SubordinateBodies {
            partyOrganisations = List.copyOf(partyOrganisations);
            sameLevelBodies = List.copyOf(sameLevelBodies);
        }
    }

    /**
     * How much of the year a person worked (Nghị định 90/2020; DOMAIN-annual §3 "Worked < 6 months").
     *
     * @param monthsWorked the months worked in the year, 0 to 12
     * @param monthsOff    the months off work in the year (sickness, unpaid leave…), 0 to 12
     * @param maternity    the time off was maternity leave (nghỉ chế độ thai sản), which the rules except
     */
    public record YearPresence(int monthsWorked, int monthsOff, boolean maternity) {

        public YearPresence {
            if (monthsWorked < 0 || monthsWorked > 12 || monthsOff < 0 || monthsOff > 12
                    || monthsWorked + monthsOff > 12) {
                throw new IllegalArgumentException("a year has 12 months: worked " + monthsWorked + ", off "
                        + monthsOff);
            }
        }
    }

    /** Builds a case; everything not set is absent ({@link Misconduct#NONE}, no shortcomings pointed out). */
    public static final class Builder {

        private final SubjectTrack track;
        private final int year;
        private BigDecimal points;
        private TaskConditions tasks;
        private Misconduct misconduct = Misconduct.NONE;
        private EarlierShortcomings shortcomings = EarlierShortcomings.NONE_POINTED_OUT;
        private Leadership leadership;
        private YearQuarters quarters;
        private HeadedCollective headedCollective;
        private LeaderPartyLevel cadreLevel;
        private CollectiveFacts collective;
        private YearPresence presence;

        private Builder(SubjectTrack track, int year) {
            this.track = track;
            this.year = year;
        }

        public Builder points(BigDecimal value) {
            this.points = value;
            return this;
        }

        public Builder points(String value) {
            return points(new BigDecimal(value));
        }

        public Builder tasks(TaskConditions value) {
            this.tasks = value;
            return this;
        }

        public Builder misconduct(Misconduct value) {
            this.misconduct = value;
            return this;
        }

        public Builder shortcomings(EarlierShortcomings value) {
            this.shortcomings = value;
            return this;
        }

        public Builder leadership(Leadership value) {
            this.leadership = value;
            return this;
        }

        public Builder quarters(YearQuarters value) {
            this.quarters = value;
            return this;
        }

        public Builder headedCollective(HeadedCollective value) {
            this.headedCollective = value;
            return this;
        }

        public Builder cadreLevel(LeaderPartyLevel value) {
            this.cadreLevel = value;
            return this;
        }

        public Builder collective(CollectiveFacts value) {
            this.collective = value;
            return this;
        }

        public Builder presence(YearPresence value) {
            this.presence = value;
            return this;
        }

        public AnnualCase build() {
            return new AnnualCase(track, year, points, tasks, misconduct, shortcomings, leadership, quarters,
                    headedCollective, cadreLevel, collective, presence);
        }
    }
}

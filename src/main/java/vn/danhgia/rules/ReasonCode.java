package vn.danhgia.rules;

import java.util.List;

/**
 * The stable codes of rating reasons, each with the text it cites and its message arguments in order: the message
 * {@code rule.<code>} in the rules bundles refers to them as {0}, {1}, … Numbers are formatted by the message
 * ({@code {0,number,#.##}}); an enum argument is passed as its ordinal so the message can name it with a
 * {@code choice} format in each language.
 */
public enum ReasonCode {
    POINTS_BAND("points-band", RuleSource.QD_366_ARTICLE_11, number("total"), level("band"),
            number("excellentMin"), number("goodMin"), number("completedMin")),
    NOT_ALL_DONE("not-all-done", RuleSource.SEED_002_6_1, number("notDone"), number("assigned")),
    FORCE_MAJEURE("force-majeure", RuleSource.SEED_002_6_1, number("notDone"), number("assigned"), text("reason")),
    FORCE_MAJEURE_NOTHING_DONE("force-majeure-nothing-done", RuleSource.SEED_002_7_D, number("assigned")),
    LATE_SHARE("late-share", RuleSource.SEED_000_III_3_3, number("late"), number("assessed"), number("share"),
            number("maxShare")),
    LATE_TASKS("late-tasks", RuleSource.SEED_000_III_3_2, number("late"), number("assessed")),
    REWORK_TASKS("rework-tasks", RuleSource.SEED_000_III_3_2, number("rework"), number("assessed")),
    BEYOND_SHARE_SHORT("beyond-share-short", RuleSource.SEED_000_III_3_1, number("beyond"), number("assessed"),
            number("share"), number("minShare")),
    BEYOND_SHARE_MET("beyond-share-met", RuleSource.SEED_000_III_3_1, number("beyond"), number("assessed"),
            number("share"), number("minShare")),
    LEADER_UNIT_UNKNOWN("leader-unit-unknown", RuleSource.QD_366_ARTICLE_11),
    LEADER_UNIT_CONDITIONS("leader-unit-conditions", RuleSource.QD_366_ARTICLE_11, level("unitLevel"),
            number("done"), number("assigned"), number("beyond"), number("beyondShare"), number("late"),
            number("rework")),
    SHORTCOMINGS_NOT_REMEDIED("shortcomings-not-remedied", RuleSource.QD_366_ARTICLE_11),
    VETO_DISCIPLINE("veto-discipline", RuleSource.SEED_000_III_3_4, of("form", DisciplineForm.class),
            text("description")),
    DISCIPLINE_NOT_DUTY_RELATED("discipline-not-duty-related", RuleSource.SEED_000_III_3_4,
            of("form", DisciplineForm.class), text("description")),
    VETO_DEGRADATION("veto-degradation", RuleSource.SEED_000_III_3_4, text("description")),
    VETO_CORRUPTION("veto-corruption", RuleSource.SEED_000_III_3_4, text("description")),
    CORRUPTION_EXEMPT("corruption-exempt", RuleSource.SEED_000_III_3_4, of("exemption", CorruptionExemption.class),
            text("description")),
    CORRUPTION_AUTHORITY_DECIDES("corruption-authority-decides", RuleSource.SEED_000_III_3_4, text("description")),
    COLLECTIVE_BELOW_THRESHOLD("collective-below-threshold", RuleSource.SEED_002_6_3, number("completion"),
            number("minCompletion")),
    COLLECTIVE_BELOW_THRESHOLD_NO_EXCELLENT("collective-below-threshold-no-excellent", RuleSource.SEED_002_6_3,
            number("completion"), number("minCompletion")),
    HEAD_ABOVE_COLLECTIVE("head-above-collective", RuleSource.SEED_004_VII_2, level("collectiveLevel")),
    QUOTA_PLACES("quota-places", RuleSource.SEED_002_6_1, number("base"), number("share"), number("exact"),
            number("places")),
    QUOTA_SMALL_UNIT("quota-small-unit", RuleSource.SEED_000_III_3_1, number("leaders"), number("limit")),
    QUOTA_AWARDED("quota-awarded", RuleSource.SEED_000_III_3_1, number("rank"), number("places")),
    QUOTA_TIE("quota-tie", RuleSource.SEED_000_III_3_1, number("rank"), number("tied"), number("placesLeft")),
    QUOTA_OUTSIDE("quota-outside", RuleSource.SEED_000_III_3_1, number("rank"), number("places")),
    QUOTA_NOT_ELIGIBLE("quota-not-eligible", RuleSource.SEED_000_III_3_1, level("level")),
    QUOTA_HEAD_OUTSIDE("quota-head-outside", RuleSource.SEED_002_6_1),
    YEAR_QUARTER_NOT_COMPLETED("year-quarter-not-completed", RuleSource.SEED_002_5, number("year"),
            number("quarters")),
    YEAR_EXCELLENT_QUARTERS("year-excellent-quarters", RuleSource.SEED_002_5, number("year"),
            number("excellentQuarters"), number("rank")),
    REPLACEMENT_ALERT("replacement-alert", RuleSource.SEED_002_5, number("periods"),
            of("fromPeriod", RatedPeriod.class), number("fromYear"), of("toPeriod", RatedPeriod.class),
            number("toYear")),
    REPLACEMENT_ALERT_ACROSS_UNRATED("replacement-alert-across-unrated", RuleSource.SEED_002_5, number("periods"),
            of("fromPeriod", RatedPeriod.class), number("fromYear"), of("toPeriod", RatedPeriod.class),
            number("toYear"), number("unrated")),
    QUOTA_PLACES_ROUNDED_DOWN("quota-places-rounded-down", RuleSource.SEED_000_III_3_1, number("base"),
            number("share"), number("exact"), number("places")),
    // The annual cycle (vn.danhgia.rules.annual). The source given here is the usual one; the annual engine cites
    // the legal basis in force for the year instead where the rule comes from it.
    ANNUAL_LEGAL_BASIS("annual-legal-basis", RuleSource.QD_366_ARTICLE_11, text("basis"), number("year")),
    ANNUAL_DISCIPLINED("annual-disciplined", RuleSource.QD_366_ARTICLE_11, of("form", DisciplineForm.class),
            number("year")),
    ANNUAL_DEGRADATION("annual-degradation", RuleSource.QD_366_ARTICLE_11, number("year")),
    ANNUAL_CORRUPTION("annual-corruption", RuleSource.QD_366_ARTICLE_11, number("year")),
    ANNUAL_CORRUPTION_EXEMPT("annual-corruption-exempt", RuleSource.QD_366_ARTICLE_11,
            of("exemption", CorruptionExemption.class), number("year")),
    ANNUAL_MANAGED_UNITS("annual-managed-units", RuleSource.ND_90_2020, number("units"), number("completedOrAbove"),
            number("goodOrAbove"), number("goodShare"), number("minGoodShare")),
    ANNUAL_MANAGED_UNITS_UNKNOWN("annual-managed-units-unknown", RuleSource.ND_90_2020),
    ANNUAL_Q4_NOT_COMPLETED("annual-q4-not-completed", RuleSource.SEED_000_III_6_4, number("year")),
    ANNUAL_DEFERRED_CARRIED("annual-deferred-carried", RuleSource.SEED_002_7_D, number("year"), number("quarters")),
    HEAD_RESIDENTIAL_CELL("head-residential-cell", RuleSource.SEED_004_VII_2, level("collectiveLevel")),
    COLLECTIVE_DISCIPLINED("collective-disciplined", RuleSource.QD_366_ARTICLE_11),
    COLLECTIVE_MEMBERS_DISCIPLINED("collective-members-disciplined", RuleSource.QD_366_ARTICLE_11, number("units"),
            number("members")),
    COLLECTIVE_SUBORDINATES_NOT_COMPLETED("collective-subordinates-not-completed", RuleSource.QD_366_ARTICLE_11,
            number("notCompleted"), number("total"), number("share"), number("maxShare")),
    ANNUAL_SUBORDINATE_BODIES("annual-subordinate-bodies", RuleSource.HD_16_2018, number("organisations"),
            number("completedOrAbove"), number("goodOrAbove"), number("goodShare"), number("minGoodShare"),
            number("sameLevelBodies"), number("sameLevelGoodOrAbove")),
    ANNUAL_LONG_ABSENCE("annual-long-absence", RuleSource.ND_90_2020, number("monthsOff"), number("longAbsence")),
    ANNUAL_MATERNITY("annual-maternity", RuleSource.ND_90_2020, number("monthsWorked")),
    LEADER_PARTY_LEVEL_PROVISIONAL("leader-party-level-provisional", RuleSource.SEED_004_VII_1,
            level("proposedLevel")),
    LEADER_PARTY_LEVEL_DECIDED("leader-party-level-decided", RuleSource.SEED_004_VII_1, level("decidedLevel"));

    private final String code;
    private final RuleSource source;
    private final List<Argument> arguments;

    ReasonCode(String code, RuleSource source, Argument... arguments) {
        this.code = code;
        this.source = source;
        this.arguments = List.of(arguments);
    }

    public String code() {
        return code;
    }

    public RuleSource source() {
        return source;
    }

    /** The message arguments in the order the bundles number them. */
    public List<Argument> arguments() {
        return arguments;
    }

    public String messageKey() {
        return "rule." + code;
    }

    public static ReasonCode ofCode(String code) {
        for (ReasonCode reasonCode : values()) {
            if (reasonCode.code.equals(code)) {
                return reasonCode;
            }
        }
        throw new IllegalArgumentException("unknown reason code " + code);
    }

    /**
     * One named message argument. {@code enumType} is set for an enum argument, whose value is the constant's name.
     */
    public record Argument(String name, Kind kind, Class<? extends Enum<?>> enumType) {

        public enum Kind { NUMBER, TEXT, ENUM }
    }

    private static Argument number(String name) {
        return new Argument(name, Argument.Kind.NUMBER, null);
    }

    private static Argument text(String name) {
        return new Argument(name, Argument.Kind.TEXT, null);
    }

    private static Argument level(String name) {
        return of(name, RatingLevel.class);
    }

    private static Argument of(String name, Class<? extends Enum<?>> enumType) {
        return new Argument(name, Argument.Kind.ENUM, enumType);
    }
}

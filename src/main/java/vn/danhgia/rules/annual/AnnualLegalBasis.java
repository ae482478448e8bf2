package vn.danhgia.rules.annual;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import vn.danhgia.rules.QuotaBase;
import vn.danhgia.rules.RatingMethod;
import vn.danhgia.rules.RuleSource;

/**
 * The national text a yearly rating rests on, chosen by the year and the subject's track (issue 13 §5,
 * DOMAIN-annual "Rate each period under its regime"):
 * <ul>
 *   <li>party side: Quy định 124-QĐ/TW (04/10/2023; seeds 003, 004 §IV "Điều 12, Quy định 124") for the years up to
 *       2024, Quy định 366-QĐ/TW (30/8/2025) from the 2025 review;</li>
 *   <li>công chức: Nghị định 90/2020 + 48/2023 up to 2025, Nghị định 335/2025 from 2026 (in force 01/01/2026);</li>
 *   <li>viên chức (and workers, by the agency's choice): Nghị định 90/2020 + 48/2023, still in force.</li>
 * </ul>
 * The shipped thresholds are the constants below; a scheme overrides them with {@link #withThresholds}.
 *
 * @param code        stable code of the text and its version, e.g. "QD-366-2025"
 * @param track       the subject's track the basis was chosen for
 * @param source      the text cited by the reasons that come from it
 * @param thresholds  its figures
 */
public record AnnualLegalBasis(String code, SubjectTrack track, RuleSource source, AnnualThresholds thresholds) {

    public static final String QD_124_2023 = "QD-124-2023";
    public static final String QD_366_2025 = "QD-366-2025";
    public static final String ND_90_2020 = "ND-90-2020";
    public static final String ND_335_2025 = "ND-335-2025";

    /** The first year rated under Quy định 366-QĐ/TW (its Điều 11 bands apply from the 2025 review). */
    public static final int PARTY_QD_366_FROM = 2025;
    /** The first year rated under Nghị định 335/2025/NĐ-CP (in force 01/01/2026). */
    public static final int CIVIL_SERVANT_ND_335_FROM = 2026;

    private static final BigDecimal P90 = new BigDecimal("90");
    private static final BigDecimal P70 = new BigDecimal("70");
    private static final BigDecimal P50 = new BigDecimal("50");
    private static final BigDecimal SHARE_20 = new BigDecimal("0.20");
    private static final BigDecimal SHARE_30 = new BigDecimal("0.30");
    private static final BigDecimal SHARE_50 = new BigDecimal("0.50");
    private static final BigDecimal SHARE_70 = new BigDecimal("0.70");
    private static final BigDecimal SHARE_80 = new BigDecimal("0.80");
    private static final Integer MONTHS_6 = 6;
    private static final Integer MONTHS_3 = 3;

    /**
     * Quy định 124-QĐ/TW Điều 12 (2023): criteria, no points scale; EXCELLENT needs every task done on time with
     * quality and at least half beyond requirement ([M]: the share is a setting). Subordinates' share [L]; a party
     * organisation's subordinate bodies as Hướng dẫn 16-HD/BTCTW ([M]: 80 % GOOD or above).
     */
    public static final AnnualThresholds PARTY_QD_124 = new AnnualThresholds(RatingMethod.CONDITIONS_ONLY, P90, P70,
            P50, true, SHARE_50, SHARE_20, null, SHARE_70, SHARE_20, SHARE_80, null, null, false, true, SHARE_20,
            QuotaBase.GOOD_OR_BETTER_POOL, RoundingMode.HALF_UP);

    /**
     * Quy định 366-QĐ/TW Điều 11 (DOMAIN-annual §1, §2): ≥ 90 / 70 / 50 points, 100 % done on time with quality,
     * ≥ 30 % beyond, earlier shortcomings remedied; ≤ 20 % behind schedule for COMPLETED. Subordinates' share [L];
     * the subordinate bodies' condition of Hướng dẫn 16-HD/BTCTW kept until Hướng dẫn 43 says otherwise ([M]).
     */
    public static final AnnualThresholds PARTY_QD_366 = new AnnualThresholds(RatingMethod.BANDS_AND_CONDITIONS, P90,
            P70, P50, true, SHARE_30, SHARE_20, null, SHARE_70, SHARE_20, SHARE_80, null, null, true, true, SHARE_20,
            QuotaBase.GOOD_OR_BETTER_POOL, RoundingMode.HALF_UP);

    /**
     * Nghị định 90/2020 + 48/2023 (DOMAIN-annual §3): conditions only; EXCELLENT needs ≥ 50 % beyond requirement;
     * ≤ 20 % behind schedule for COMPLETED; managers need every managed unit COMPLETED or above and ≥ 70 % GOOD+.
     * Fewer than 6 months worked in the year: reviewed, not rated (maternity leave excepted); 3 to under 6 months off:
     * at most COMPLETED ([L]: settings).
     */
    public static final AnnualThresholds STATE_ND_90 = new AnnualThresholds(RatingMethod.CONDITIONS_ONLY, P90, P70,
            P50, true, SHARE_50, SHARE_20, SHARE_70, SHARE_70, null, null, MONTHS_6, MONTHS_3, false, true, SHARE_20,
            QuotaBase.GOOD_OR_BETTER_POOL, RoundingMode.HALF_UP);

    /**
     * Nghị định 335/2025 (DOMAIN-annual §3): 30 general + 70 result points, ≥ 90 / 70 / 50; the task results are in
     * the points, so only the bands and the vetoes decide. The partial-year rules of Nghị định 90 are kept ([L]).
     */
    public static final AnnualThresholds STATE_ND_335 = new AnnualThresholds(RatingMethod.BANDS_AND_CONDITIONS, P90,
            P70, P50, false, SHARE_30, SHARE_20, null, SHARE_70, null, null, MONTHS_6, MONTHS_3, false, true, SHARE_20,
            QuotaBase.GOOD_OR_BETTER_POOL, RoundingMode.HALF_UP);

    public AnnualLegalBasis {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(track, "track");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(thresholds, "thresholds");
    }

    /** The shipped basis for a year and track. */
    public static AnnualLegalBasis forYear(int year, SubjectTrack track) {
        Objects.requireNonNull(track, "track");
        return switch (track) {
            case PARTY_MEMBER, PARTY_ORGANISATION, LEADERSHIP_COLLECTIVE -> year >= PARTY_QD_366_FROM
                    ? new AnnualLegalBasis(QD_366_2025, track, RuleSource.QD_366_ARTICLE_11, PARTY_QD_366)
                    : new AnnualLegalBasis(QD_124_2023, track, RuleSource.QD_124_ARTICLE_12, PARTY_QD_124);
            case CIVIL_SERVANT -> year >= CIVIL_SERVANT_ND_335_FROM
                    ? new AnnualLegalBasis(ND_335_2025, track, RuleSource.ND_335_2025, STATE_ND_335)
                    : new AnnualLegalBasis(ND_90_2020, track, RuleSource.ND_90_2020, STATE_ND_90)
                            .withPartyQuota(forYear(year, SubjectTrack.PARTY_MEMBER).thresholds());
            case PUBLIC_EMPLOYEE, WORKER -> new AnnualLegalBasis(ND_90_2020, track, RuleSource.ND_90_2020, STATE_ND_90)
                    .withPartyQuota(forYear(year, SubjectTrack.PARTY_MEMBER).thresholds());
        };
    }

    /**
     * Nghị định 48/2023 (amending Nghị định 90/2020; DOMAIN-annual §3 "Quota (NĐ 48)"): the share of those rated
     * EXCELLENT follows the Party's rule on the share of party members rated EXCELLENT (seed 002 §6.1: "thực hiện theo
     * quy định của Bộ Chính trị"), so a scheme that changes the party's quota changes this one with it.
     */
    public AnnualLegalBasis withPartyQuota(AnnualThresholds party) {
        return withThresholds(thresholds.withQuota(party.excellentQuotaShare(), party.quotaBase(),
                party.quotaRounding()));
    }

    /** The same text with a scheme's own figures. */
    public AnnualLegalBasis withThresholds(AnnualThresholds schemeThresholds) {
        return new AnnualLegalBasis(code, track, source, schemeThresholds);
    }

    /** Key of the text's full citation in the rules bundles. */
    public String citationKey() {
        return source.messageKey();
    }

    /** The short citation, as the API and logs give it. */
    public String citation() {
        return source.citation();
    }
}

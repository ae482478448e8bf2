package vn.danhgia.scheme.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.danhgia.platform.Decimals;
import vn.danhgia.rules.QuotaBase;
import vn.danhgia.rules.RatingMethod;
import vn.danhgia.rules.RatingRules;
import vn.danhgia.scheme.Deadline;
import vn.danhgia.scheme.EvaluationSchemeView;

/**
 * An evaluation scheme (phương án đánh giá) with everything that belongs to it: legal basis, effective date, rating
 * thresholds, general-criteria template, result axes, calendar, rated quarters and factor values. Schemes are created
 * by migrations only. The version guards administrators' concurrent changes: changes to the axes and deadlines
 * count too, because the collections belong to this entity.
 */
@Entity
@Table(name = "evaluation_scheme")
class EvaluationScheme {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String code;

    private String name;

    private String legalBasis;

    private LocalDate effectiveFrom;

    private boolean defaultScheme;

    @Enumerated(EnumType.STRING)
    private RatingMethod ratingMethod;

    private BigDecimal excellentMinPoints;

    private BigDecimal goodMinPoints;

    private BigDecimal completedMinPoints;

    private BigDecimal excellentMinBeyondShare;

    private BigDecimal completedMaxLateShare;

    private BigDecimal beyondFactorAbove;

    private BigDecimal shortfallFactorBelow;

    private BigDecimal collectiveMinCompletion;

    private BigDecimal excellentQuotaShare;

    private int smallUnitLimit;

    @Column(name = "complaint_window_days")
    private int complaintWindowDays;

    @Column(name = "secret_ballot")
    private boolean secretBallot;

    @Enumerated(EnumType.STRING)
    private QuotaBase quotaBase;

    @OneToMany
    @JoinColumn(name = "scheme_id", nullable = false, updatable = false)
    @OrderBy("number")
    private List<SchemeCriterionGroup> criteriaGroups = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "scheme_axis", joinColumns = @JoinColumn(name = "scheme_id"))
    @OrderBy("number")
    private List<SchemeAxis> axes = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "scheme_deadline", joinColumns = @JoinColumn(name = "scheme_id"))
    private List<SchemeDeadline> deadlines = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "scheme_rated_quarter", joinColumns = @JoinColumn(name = "scheme_id"))
    @Column(name = "rated_quarter")
    private Set<Integer> ratedQuarters = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "scheme_allowed_factor", joinColumns = @JoinColumn(name = "scheme_id"))
    @Column(name = "factor_value")
    @OrderBy
    private List<BigDecimal> allowedFactors = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "scheme_direct_listing_quarter", joinColumns = @JoinColumn(name = "scheme_id"))
    private Set<DirectListingQuarter> directListingQuarters = new HashSet<>();

    protected EvaluationScheme() {
        // for JPA
    }

    long id() {
        return id;
    }

    String code() {
        return code;
    }

    long version() {
        return version;
    }

    boolean defaultScheme() {
        return defaultScheme;
    }

    RatingRules ratingRules() {
        return new RatingRules(ratingMethod, Decimals.plain(excellentMinPoints), Decimals.plain(goodMinPoints),
                Decimals.plain(completedMinPoints), Decimals.plain(excellentMinBeyondShare),
                Decimals.plain(completedMaxLateShare), Decimals.plain(beyondFactorAbove),
                Decimals.plain(shortfallFactorBelow), Decimals.plain(collectiveMinCompletion),
                Decimals.plain(excellentQuotaShare), smallUnitLimit, quotaBase);
    }

    /** Replaces the configurable values; {@link SchemeSettingsPolicy} has checked them. */
    void reconfigure(RatingRules rules, Map<Integer, BigDecimal> axisMaxPoints, List<Deadline> newDeadlines,
                     int newComplaintWindowDays, boolean newSecretBallot) {
        ratingMethod = rules.method();
        excellentMinPoints = rules.excellentMinPoints();
        goodMinPoints = rules.goodMinPoints();
        completedMinPoints = rules.completedMinPoints();
        excellentMinBeyondShare = rules.excellentMinBeyondShare();
        completedMaxLateShare = rules.completedMaxLateShare();
        beyondFactorAbove = rules.beyondFactorAbove();
        shortfallFactorBelow = rules.shortfallFactorBelow();
        collectiveMinCompletion = rules.collectiveMinCompletion();
        excellentQuotaShare = rules.excellentQuotaShare();
        smallUnitLimit = rules.smallUnitLimit();
        quotaBase = rules.quotaBase();
        axes.replaceAll(axis -> axis.withDefaultMaxPoints(axisMaxPoints.get(axis.number())));
        deadlines.clear();
        newDeadlines.stream().map(SchemeDeadline::of).forEach(deadlines::add);
        complaintWindowDays = newComplaintWindowDays;
        // A session opened before keeps the ballot it was opened with (vote_session.secret_ballot, V41).
        secretBallot = newSecretBallot;
    }

    EvaluationSchemeView view() {
        return new EvaluationSchemeView(code, name, legalBasis, effectiveFrom,
                criteriaGroups.stream().map(SchemeCriterionGroup::view).toList(),
                axes.stream().map(SchemeAxis::view).toList(),
                deadlines.stream().map(SchemeDeadline::view)
                        .sorted(Comparator.comparing(Deadline::step)).toList(),
                ratingRules(), ratedQuarters,
                allowedFactors.stream().map(Decimals::plain).toList(),
                directListingQuarters.stream().map(DirectListingQuarter::view).collect(Collectors.toSet()),
                complaintWindowDays, secretBallot);
    }
}

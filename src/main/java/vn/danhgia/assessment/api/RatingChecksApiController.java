package vn.danhgia.assessment.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.danhgia.assessment.RatingTexts;
import vn.danhgia.assessment.api.RatingSuggestionResponse.ReasonResult;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.rules.CollectiveRole;
import vn.danhgia.rules.Fraction;
import vn.danhgia.rules.RatedPeriod;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.quarterly.QuarterlyScore;
import vn.danhgia.rules.quota.ExcellentQuota;
import vn.danhgia.rules.quota.ExcellentRanking;
import vn.danhgia.rules.quota.HeadOutsideOwnUnitQuota;
import vn.danhgia.rules.quota.QuotaAllowance;
import vn.danhgia.rules.quota.QuotaCandidate;
import vn.danhgia.rules.quota.QuotaGroup;
import vn.danhgia.rules.quota.QuotaOutcome;
import vn.danhgia.rules.quota.QuotaRanking;
import vn.danhgia.rules.yearend.PeriodRating;
import vn.danhgia.rules.yearend.UnratedPeriod;
import vn.danhgia.rules.yearend.YearEndReview;
import vn.danhgia.scheme.EvaluationSchemeView;

@Tag(name = "Xếp loại")
@RestController
@RequestMapping(path = "/api/v1/rating", produces = MediaType.APPLICATION_JSON_VALUE,
        consumes = MediaType.APPLICATION_JSON_VALUE)
class RatingChecksApiController {

    private final SchemeLookup schemes;
    private final RatingTexts texts;

    RatingChecksApiController(SchemeLookup schemes, RatingTexts texts) {
        this.schemes = schemes;
        this.texts = texts;
    }

    enum GroupKind {
        /** One unit's leaders: the small-unit rule applies and the head is outside the places. */
        UNIT,
        /** People of similar positions across units: heads of different units among them share the places. */
        PEER_GROUP
    }

    record QuotaRequest(@Schema(description = "UNIT: lãnh đạo một đơn vị (người đứng đầu không tính vào tỷ lệ); "
            + "PEER_GROUP: nhóm chức danh tương đồng giữa các đơn vị (người đứng đầu các đơn vị khác nhau cùng tính vào "
            + "tỷ lệ và cùng xét chọn)")
                        GroupKind group, List<QuotaCandidateInput> candidates) {
    }

    record QuotaCandidateInput(String id, String name,
                               @Schema(description = "Vị trí trong tập thể lãnh đạo của đơn vị mình; HEAD chỉ đứng ngoài "
                                       + "tỷ lệ trong nhóm UNIT") CollectiveRole role,
                               @Schema(description = "Mức engine gợi ý cho người này") RatingLevel suggestedLevel,
                               @Schema(description = "Tổng điểm chính xác hoặc đã làm tròn") BigDecimal total,
                               @Schema(description = "KPI chung (điểm nhiệm vụ / điểm tối đa)") BigDecimal kpi) {
    }

    record QuotaResponse(int places, int base, BigDecimal exact, List<ReasonResult> reasons,
                         List<RankedResult> ranking, int placesLeftForAuthority) {
    }

    record RankedResult(String id, String name, Integer rank, QuotaOutcome outcome, RatingLevel proposedLevel,
                        ReasonResult reason) {
    }

    @Operation(summary = "Tỷ lệ Hoàn thành xuất sắc và thứ tự xét chọn",
            description = "Số suất = 20 % số người đủ mức Hoàn thành tốt trở lên, làm tròn từ 0,5 lên 1; nơi dưới 5 lãnh đạo "
                    + "và 100 % Hoàn thành tốt được 1 suất; người đứng đầu không tính vào tỷ lệ của tập thể đơn vị mình "
                    + "(UNIT), còn người đứng đầu các đơn vị khác nhau trong một PEER_GROUP là người có vị trí, vai trò "
                    + "tương đồng, cùng chia số suất (Kế hoạch mục III.3.1; Hướng dẫn 02-HD/TU mục 6.1). Xếp thứ tự theo KPI rồi "
                    + "tổng điểm; bằng nhau ở ranh giới thì để cấp có thẩm quyền quyết định.")
    @PostMapping("/excellent-quota")
    QuotaResponse excellentQuota(@RequestBody QuotaRequest request,
                                 @Parameter(description = "Mã phương án") @RequestParam(required = false) String scheme) {
        EvaluationSchemeView evaluationScheme = schemes.schemeFor(scheme);
        requireValid(validateQuota(request));
        boolean oneUnit = request.group() == GroupKind.UNIT;
        List<QuotaCandidate> candidates = HeadOutsideOwnUnitQuota.inGroup(request.candidates().stream()
                .map(RatingChecksApiController::candidateOf).toList(), oneUnit);
        QuotaGroup group = oneUnit ? QuotaGroup.unit(candidates) : QuotaGroup.peerGroup(candidates);
        QuotaAllowance allowance = ExcellentQuota.allowance(group, evaluationScheme.ratingRules());
        QuotaRanking ranking = ExcellentRanking.rank(candidates, allowance.places());
        Locale locale = LocaleContextHolder.getLocale();
        return new QuotaResponse(allowance.places(), allowance.base(), allowance.exact(),
                allowance.reasons().stream().map(reason -> ReasonResult.of(reason, texts, locale)).toList(),
                ranking.candidates().stream().map(ranked -> new RankedResult(ranked.candidate().id(),
                        ranked.candidate().name(), ranked.rank(), ranked.outcome(), ranked.proposedLevel(),
                        ranked.reason() == null ? null : ReasonResult.of(ranked.reason(), texts, locale))).toList(),
                ranking.placesLeftForAuthority());
    }

    record YearEndRequest(@Schema(example = "2026") Integer year, List<PeriodInput> periods) {
    }

    /** The periods a request may name: quarter IV is the year-end rating (seed 000 §I.2.2), under either name. */
    enum PeriodName {
        Q1(RatedPeriod.Q1), Q2(RatedPeriod.Q2), Q3(RatedPeriod.Q3), Q4(RatedPeriod.YEAR_END),
        YEAR_END(RatedPeriod.YEAR_END);

        private final RatedPeriod rated;

        PeriodName(RatedPeriod rated) {
            this.rated = rated;
        }

        RatedPeriod rated() {
            return rated;
        }
    }

    record PeriodInput(@Schema(example = "2026") Integer year,
                       @Schema(description = "Q1, Q2, Q3, hoặc Q4 / YEAR_END (cuối năm, gồm quý IV)") PeriodName period,
                       @Schema(description = "Mức đã quyết định; bỏ trống khi notRated") RatingLevel level,
                       @Schema(description = "Mức được đề xuất (để ưu tiên người có nhiều quý được đề xuất Hoàn thành "
                               + "xuất sắc)") RatingLevel proposedLevel,
                       @Schema(description = "Quý I–III không xếp loại: DEFERRED (hoãn đánh giá, kết quả xem xét sang "
                               + "kỳ tiếp theo, Hướng dẫn 02-HD/TU mục 7 điểm d) hoặc EXEMPT (không phải đánh giá hằng "
                               + "quý, mục 3.3); khi đó bỏ trống level", nullable = true)
                       UnratedPeriod.Cause notRated) {
    }

    record YearEndResponse(int year, boolean excellentAllowed, RatingLevel cap, ReasonResult reason,
                           int excellentQuarters, List<AlertResult> replacementAlerts) {
    }

    record AlertResult(int fromYear, RatedPeriod fromPeriod, int toYear, RatedPeriod toPeriod, int periods,
                       @Schema(description = "Số quý hoãn đánh giá hoặc không phải đánh giá nằm giữa chuỗi (mục 7 điểm d)")
                       int unratedBetween,
                       ReasonResult reason) {
    }

    @Operation(summary = "Kiểm tra cuối năm và cảnh báo thay thế",
            description = "Có 01 quý Không hoàn thành nhiệm vụ thì không xếp loại Hoàn thành xuất sắc cả năm; Không hoàn "
                    + "thành nhiệm vụ từ 02 kỳ liên tiếp trở lên (Q1, Q2, Q3, cuối năm, Q1 năm sau…) thì cảnh báo thay thế "
                    + "ngay (Hướng dẫn 02-HD/TU mục 5). Quý hoãn đánh giá (mục 7 điểm d) hoặc không phải đánh giá (mục "
                    + "3.3) đánh dấu bằng notRated không làm đứt chuỗi; kỳ không có mức và không đánh dấu thì làm đứt.")
    @PostMapping("/year-end")
    YearEndResponse yearEnd(@RequestBody YearEndRequest request) {
        requireValid(validateYearEnd(request));
        YearEndReview review = new YearEndReview(request.periods().stream().filter(period -> period.notRated() == null)
                .map(period -> new PeriodRating(period.year(), period.period().rated(), period.level(),
                        period.proposedLevel() == null ? period.level() : period.proposedLevel()))
                .toList(),
                request.periods().stream().filter(period -> period.notRated() != null)
                        .map(period -> new UnratedPeriod(period.year(), period.period().rated(), period.notRated()))
                        .toList());
        Locale locale = LocaleContextHolder.getLocale();
        int year = request.year();
        return new YearEndResponse(year, review.excellentAllowed(year), review.yearEndCap(year),
                review.yearEndReason(year).map(reason -> ReasonResult.of(reason, texts, locale)).orElse(null),
                review.excellentQuarters(year),
                review.replacementAlerts().stream().map(alert -> new AlertResult(alert.from().year(),
                        alert.from().period(), alert.to().year(), alert.to().period(), alert.periods(),
                        alert.unratedBetween(), ReasonResult.of(alert.reason(), texts, locale))).toList());
    }

    private static QuotaCandidate candidateOf(QuotaCandidateInput input) {
        QuarterlyScore reported = input.total() == null || input.kpi() == null ? null
                : new QuarterlyScore(input.total().subtract(input.kpi()), Fraction.of(input.kpi()),
                Fraction.of(input.total()), BigDecimal.ONE, List.of());
        return new QuotaCandidate(input.id(), input.name(), input.role(), input.suggestedLevel(), reported);
    }

    private static List<FieldViolation> validateQuota(QuotaRequest request) {
        List<FieldViolation> violations = new ArrayList<>();
        if (request.group() == null) {
            violations.add(FieldViolation.of("group", "api.validation.required"));
        }
        if (request.candidates() == null) {
            violations.add(FieldViolation.of("candidates", "api.validation.required"));
            return violations;
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < request.candidates().size(); i++) {
            String field = "candidates[" + i + "]";
            QuotaCandidateInput candidate = request.candidates().get(i);
            if (candidate == null) {
                violations.add(FieldViolation.of(field, "api.validation.required"));
                continue;
            }
            if (candidate.id() == null || candidate.id().isBlank()) {
                violations.add(FieldViolation.of(field + ".id", "api.validation.required"));
            } else if (!ids.add(candidate.id())) {
                violations.add(FieldViolation.of(field + ".id", "api.rating.duplicate-id", candidate.id()));
            }
            if (candidate.role() == null) {
                violations.add(FieldViolation.of(field + ".role", "api.validation.required"));
            }
            if (candidate.suggestedLevel() == null) {
                violations.add(FieldViolation.of(field + ".suggestedLevel", "api.validation.required"));
            }
            if ((candidate.total() == null) != (candidate.kpi() == null)) {
                violations.add(FieldViolation.of(field, "api.rating.total-and-kpi"));
            } else if (candidate.total() != null && (candidate.total().signum() < 0 || candidate.kpi().signum() < 0)) {
                violations.add(FieldViolation.of(field, "api.validation.not-negative", candidate.total()));
            }
        }
        return violations;
    }

    private static List<FieldViolation> validateYearEnd(YearEndRequest request) {
        List<FieldViolation> violations = new ArrayList<>();
        if (request.year() == null) {
            violations.add(FieldViolation.of("year", "api.validation.required"));
        }
        if (request.periods() == null) {
            violations.add(FieldViolation.of("periods", "api.validation.required"));
            return violations;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < request.periods().size(); i++) {
            String field = "periods[" + i + "]";
            PeriodInput period = request.periods().get(i);
            if (period == null || period.year() == null || period.period() == null
                    || (period.level() == null && period.notRated() == null)) {
                violations.add(FieldViolation.of(field, "api.rating.period-incomplete"));
            } else if (period.notRated() != null && (period.level() != null || period.proposedLevel() != null)) {
                violations.add(FieldViolation.of(field + ".notRated", "api.rating.period-rated-and-not-rated",
                        period.notRated()));
            } else if (period.notRated() != null && !period.period().rated().isQuarter()) {
                // Seed 002 §7 d and §3.3 concern the quarterly rating; quarter IV is part of the year-end rating.
                violations.add(FieldViolation.of(field + ".notRated", "api.rating.not-rated-quarter-only"));
            } else if (!seen.add(period.year() + "/" + period.period().rated())) {
                violations.add(FieldViolation.of(field, "api.rating.period-duplicate", period.period().rated(),
                        String.valueOf(period.year())));
            }
        }
        return violations;
    }

    private static void requireValid(List<FieldViolation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}

package vn.danhgia.assessment.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.danhgia.assessment.RatingTexts;
import vn.danhgia.assessment.api.RatingSuggestionRequest.CollectiveInput;
import vn.danhgia.assessment.api.RatingSuggestionRequest.TaskCount;
import vn.danhgia.assessment.api.RatingSuggestionRequest.VetoInput;
import vn.danhgia.assessment.api.RatingSuggestionResponse.ReasonResult;
import vn.danhgia.assessment.api.RatingSuggestionResponse.TaskCountResult;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.rules.quarterly.CollectiveResult;
import vn.danhgia.rules.quarterly.RatingCase;
import vn.danhgia.rules.quarterly.RatingEngine;
import vn.danhgia.rules.quarterly.RatingSuggestion;
import vn.danhgia.rules.quarterly.TaskConditions;
import vn.danhgia.rules.quarterly.VetoEvent;
import vn.danhgia.scheme.EvaluationSchemeView;

@Tag(name = "Xếp loại", description = "Gợi ý mức xếp loại hằng quý và căn cứ (Quy định 366 Điều 11; Kế hoạch mục III.3; "
        + "Hướng dẫn 02-HD/TU mục 5, 6)")
@RestController
@RequestMapping(path = "/api/v1/rating", produces = MediaType.APPLICATION_JSON_VALUE)
class RatingApiController {

    private final SchemeLookup schemes;
    private final RatingTexts texts;
    private final RatingEngine engine = new RatingEngine();
    private final RatingSuggestionRequestValidator validator = new RatingSuggestionRequestValidator();

    RatingApiController(SchemeLookup schemes, RatingTexts texts) {
        this.schemes = schemes;
        this.texts = texts;
    }

    @Operation(summary = "Gợi ý mức xếp loại một quý",
            description = "Mức gợi ý = mức thấp nhất của: khung điểm (≥ 90 / 70 đến < 90 / 50 đến < 70 / < 50), điều kiện "
                    + "nhiệm vụ của từng mức, các trường hợp Không hoàn thành (kỷ luật, suy thoái, tham nhũng trong phạm "
                    + "vi quản lý), kết quả của đơn vị do người lãnh đạo phụ trách (để trống ledUnit thì tối đa Hoàn thành "
                    + "nhiệm vụ), kết quả của tập thể (dưới 70 %) và mức của tập thể đối với người đứng đầu. Mỗi căn cứ "
                    + "dẫn quy định của nó.")
    @PostMapping(path = "/suggest", consumes = MediaType.APPLICATION_JSON_VALUE)
    RatingSuggestionResponse suggest(@RequestBody RatingSuggestionRequest request,
                                     @Parameter(description = "Mã phương án; mặc định là phương án đang áp dụng")
                                     @RequestParam(required = false) String scheme) {
        EvaluationSchemeView evaluationScheme = schemes.schemeFor(scheme);
        List<FieldViolation> violations = validator.validate(request, evaluationScheme);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        RatingCase ratingCase = ratingCaseOf(request, evaluationScheme);
        RatingSuggestion suggestion = engine.suggest(ratingCase, evaluationScheme.ratingRules());
        Locale locale = LocaleContextHolder.getLocale();
        return new RatingSuggestionResponse(suggestion.level(), texts.levelName(suggestion.level(), locale),
                ratingCase.score() == null ? null : QuarterlyScoringResponse.of(ratingCase.score()),
                TaskCountResult.of(ratingCase.conditions(evaluationScheme.ratingRules())),
                suggestion.needsAuthorityDecision(),
                suggestion.reasons().stream().map(reason -> ReasonResult.of(reason, texts, locale)).toList());
    }

    private static RatingCase ratingCaseOf(RatingSuggestionRequest request, EvaluationSchemeView scheme) {
        RatingCase.Builder builder = RatingCase.builder();
        if (request.scoreSheet() != null) {
            builder.scoreSheet(ScoreSheetMapping.criteriaOf(request.scoreSheet(), scheme),
                    ScoreSheetMapping.axesOf(request.scoreSheet()));
        } else {
            builder.taskConditions(conditionsOf(request.taskConditions()));
        }
        if (request.forceMajeureReason() != null && !request.forceMajeureReason().isBlank()) {
            builder.forceMajeure(request.forceMajeureReason());
        }
        if (request.vetoes() != null) {
            request.vetoes().stream().map(RatingApiController::vetoOf).forEach(builder::veto);
        }
        if (Boolean.TRUE.equals(request.leader())) {
            if (request.ledUnit() == null) {
                builder.leaderOfUnknownUnit();
            } else {
                builder.leaderOf(conditionsOf(request.ledUnit()));
            }
        }
        if (request.shortcomings() != null) {
            builder.shortcomings(request.shortcomings());
        }
        if (request.collective() != null) {
            builder.inCollective(request.collective().role(), collectiveOf(request.collective()));
        }
        return builder.build();
    }

    private static TaskConditions conditionsOf(TaskCount count) {
        return new TaskConditions(count.assigned(), count.done(), count.beyond(), count.late(), count.needingRework());
    }

    private static VetoEvent vetoOf(VetoInput veto) {
        return switch (veto.kind()) {
            case DISCIPLINE -> new VetoEvent.Discipline(veto.disciplineForm(), veto.dutyRelated(), veto.description());
            case DEGRADATION -> new VetoEvent.DegradationConcluded(veto.description());
            case CORRUPTION_IN_MANAGED_SCOPE -> new VetoEvent.CorruptionInManagedScope(veto.exemption(),
                    veto.description());
        };
    }

    private static CollectiveResult collectiveOf(CollectiveInput collective) {
        if (collective.targetsAssigned() == null) {
            return CollectiveResult.ofLevel(collective.level());
        }
        CollectiveResult result = CollectiveResult.ofTargets(collective.targetsAssigned(), collective.targetsDone(),
                collective.targetsExcused() == null ? 0 : collective.targetsExcused());
        return collective.level() == null ? result : result.withLevel(collective.level());
    }
}

package vn.danhgia.assessment.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Locale;
import vn.danhgia.assessment.RatingTexts;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.RatingReason;
import vn.danhgia.rules.quarterly.TaskConditions;

@Schema(description = "Mức xếp loại gợi ý và các căn cứ, mỗi căn cứ dẫn quy định")
record RatingSuggestionResponse(RatingLevel level, String levelName, QuarterlyScoringResponse score,
                                TaskCountResult taskConditions,
                                @Schema(description = "Có căn cứ để cấp có thẩm quyền tự quyết định (Kế hoạch mục III.3.4; "
                                        + "Hướng dẫn 02-HD/TU mục 6.1, 7 điểm d)")
                                boolean needsAuthorityDecision,
                                List<ReasonResult> reasons) {

    record TaskCountResult(int assigned, int done, int beyond, int late, int needingRework) {

        static TaskCountResult of(TaskConditions conditions) {
            return new TaskCountResult(conditions.assigned(), conditions.done(), conditions.beyond(),
                    conditions.late(), conditions.needingRework());
        }
    }

    record ReasonResult(@Schema(example = "not-all-done") String code,
                        @Schema(example = "Hướng dẫn 02-HD/TU §6.1") String citation,
                        @Schema(example = "Hướng dẫn số 02-HD/TU ngày 19/6/2026 của Ban Thường vụ Tỉnh ủy, mục 6.1")
                        String source,
                        @Schema(description = "Mức cao nhất căn cứ này cho phép; null nếu chỉ để thông tin")
                        RatingLevel cap,
                        String message) {

        static ReasonResult of(RatingReason reason, RatingTexts texts, Locale locale) {
            return new ReasonResult(reason.code(), reason.source().citation(), texts.source(reason, locale),
                    reason.cap(), texts.message(reason, locale));
        }
    }
}

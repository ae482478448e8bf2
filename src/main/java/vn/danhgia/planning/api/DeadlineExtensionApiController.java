package vn.danhgia.planning.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.danhgia.organization.CadreId;
import vn.danhgia.planning.DeadlineExtensionView;
import vn.danhgia.planning.DeadlineExtensions;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.scheme.DeadlineStep;
import vn.danhgia.scheme.Quarter;

/**
 * Extensions of the plan and self-assessment deadlines (gia hạn) over JSON, with the page's rules: only the cadre's
 * approver grants one, with a day after the scheme's deadline and a reason; replacing one carries its
 * {@code version}.
 */
@RestController
@RequestMapping("/api/v1/deadline-extensions")
@Tag(name = "Gia hạn kế hoạch và bản tự đánh giá")
class DeadlineExtensionApiController {

    private final DeadlineExtensions extensions;

    DeadlineExtensionApiController(DeadlineExtensions extensions) {
        this.extensions = extensions;
    }

    /**
     * @param step    PLAN or SELF_ASSESSMENT
     * @param lastDay the new last day in time, yyyy-MM-dd
     * @param version the version of the extension being replaced; absent when granting the first one
     */
    record GrantRequest(Long cadreId, String step, Integer year, Integer quarter, String lastDay, String reason,
                        Long version) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Gia hạn (hoặc thay gia hạn) cho một cán bộ, có lý do")
    DeadlineExtensionView grant(@RequestBody GrantRequest request) {
        List<FieldViolation> violations = new ArrayList<>();
        if (request.cadreId() == null) {
            violations.add(FieldViolation.of("cadreId", "planning.invalid.required"));
        }
        DeadlineStep step = step(request.step(), violations);
        if (request.year() == null || request.quarter() == null || request.quarter() < 1 || request.quarter() > 4
            || request.year() < 2000 || request.year() > 2200) {
            violations.add(FieldViolation.of("quarter", "planning.invalid.quarter"));
        }
        LocalDate lastDay = day(request.lastDay(), violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return extensions.grant(new CadreId(request.cadreId()), step, new Quarter(request.year(), request.quarter()),
                lastDay, request.reason(), request.version());
    }

    private static DeadlineStep step(String text, List<FieldViolation> violations) {
        if (DeadlineStep.PLAN.name().equals(text) || DeadlineStep.SELF_ASSESSMENT.name().equals(text)) {
            return DeadlineStep.valueOf(text);
        }
        violations.add(FieldViolation.of("step", "planning.extension.invalid.step"));
        return null;
    }

    private static LocalDate day(String text, List<FieldViolation> violations) {
        if (text == null || text.isBlank()) {
            violations.add(FieldViolation.of("lastDay", "planning.extension.invalid.last-day-required"));
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException notADay) {
            violations.add(FieldViolation.of("lastDay", "planning.invalid.date"));
            return null;
        }
    }
}

package vn.danhgia.emulation.registration.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.danhgia.emulation.NewRegistration;
import vn.danhgia.emulation.RegistrationSource;
import vn.danhgia.emulation.StoredRegistration;
import vn.danhgia.emulation.registration.HolderKeys;
import vn.danhgia.emulation.registration.RegistrationRow;
import vn.danhgia.emulation.registration.RegistrationService;
import vn.danhgia.emulation.registration.UnitRegistrationsView;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.rules.emulation.EmulationTitle;
import vn.danhgia.rules.emulation.Registration;

/**
 * Registrations for emulation over JSON (seed 003 §III.1). Holders are written {@code cadre-12} or {@code unit-5};
 * titles by their code ({@code ADVANCED_WORKER}). Scope and rules are the service's: outside the caller's scope 404,
 * seen but not theirs to register 403, a second registration or a stale version 409, wrong values 400 naming each
 * field, all as problem+json.
 */
@Tag(name = "Đăng ký thi đua", description = "Đăng ký danh hiệu thi đua đầu năm của tập thể, cá nhân; tình trạng "
        + "đúng hạn, quá hạn, chưa đăng ký và hệ quả")
@RestController
@RequestMapping(path = "/api/v1/emulation", produces = MediaType.APPLICATION_JSON_VALUE)
class RegistrationApiController {

    private final RegistrationService registrations;
    private final MessageSource messages;

    RegistrationApiController(RegistrationService registrations, MessageSource messages) {
        this.registrations = registrations;
        this.messages = messages;
    }

    record RegisterRequest(String holder, Integer year, String targetTitle, LocalDate registeredOn) {
    }

    record ChangeTargetRequest(String targetTitle, Long version) {
    }

    /** One holder: its status as the rules read it, its registration when there is one, the consequence in words. */
    record RegistrationEntry(String holder, String code, String name, Registration status, Long registrationId,
                             EmulationTitle targetTitle, LocalDate registeredOn, Long version, String consequence) {
    }

    record UnitRegistrations(long unitId, String unitName, int year, LocalDate deadline,
                             List<RegistrationEntry> registrations) {
    }

    @Operation(summary = "Đăng ký thi đua của đơn vị trong năm: tập thể đơn vị và từng cá nhân kiểm điểm tại đơn vị, "
            + "tình trạng (ON_TIME, LATE, MISSING) và hệ quả")
    @GetMapping("/registrations")
    UnitRegistrations unit(@RequestParam long unitId, @RequestParam int year) {
        UnitRegistrationsView view = registrations.unit(unitId, year);
        Locale locale = LocaleContextHolder.getLocale();
        List<RegistrationEntry> entries = new ArrayList<>();
        for (RegistrationRow row : view.rows()) {
            StoredRegistration stored = row.registration();
            entries.add(new RegistrationEntry(row.key(), row.code(), row.name(), row.status(),
                    stored == null ? null : stored.id(), stored == null ? null : stored.target(),
                    stored == null ? null : stored.registeredOn(), stored == null ? null : stored.version(),
                    messages.getMessage(row.consequenceKey(), row.consequenceArguments().toArray(), locale)));
        }
        return new UnitRegistrations(view.unitId(), view.unitName(), view.year(), view.deadline(), entries);
    }

    @Operation(summary = "Đăng ký thi đua cho một tập thể (unit-{id}) hoặc cá nhân (cadre-{id}); ngày đăng ký giấy "
            + "của ngày trước chỉ bộ phận tổ chức được ghi")
    @PostMapping(path = "/registrations", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<StoredRegistration> register(@RequestBody RegisterRequest request) {
        List<FieldViolation> violations = new ArrayList<>();
        if (request.year() == null) {
            violations.add(FieldViolation.of("year", "emulation.registration.year.invalid"));
        }
        EmulationTitle target = title(request.targetTitle(), violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        StoredRegistration stored = registrations.register(new NewRegistration(HolderKeys.parse(request.holder()),
                request.year(), target, request.registeredOn(), RegistrationSource.FORM));
        return ResponseEntity.created(URI.create("/api/v1/emulation/registrations/" + stored.id())).body(stored);
    }

    @Operation(summary = "Đổi danh hiệu đăng ký; ngày đăng ký và tình trạng quá hạn giữ nguyên")
    @PostMapping(path = "/registrations/{id}/target", consumes = MediaType.APPLICATION_JSON_VALUE)
    StoredRegistration changeTarget(@PathVariable long id, @RequestBody ChangeTargetRequest request) {
        List<FieldViolation> violations = new ArrayList<>();
        EmulationTitle target = title(request.targetTitle(), violations);
        if (request.version() == null) {
            violations.add(FieldViolation.of("version", "emulation.registration.version.required"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return registrations.changeTarget(id, target, request.version());
    }

    private static EmulationTitle title(String code, List<FieldViolation> violations) {
        if (code == null || code.isBlank()) {
            violations.add(FieldViolation.of("targetTitle", "emulation.registration.target.required"));
            return null;
        }
        try {
            return EmulationTitle.valueOf(code.strip());
        } catch (IllegalArgumentException unknown) {
            violations.add(FieldViolation.of("targetTitle", "emulation.registration.target.unknown", code));
            return null;
        }
    }
}

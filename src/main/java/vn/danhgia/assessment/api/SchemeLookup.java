package vn.danhgia.assessment.api;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.scheme.EvaluationSchemeView;
import vn.danhgia.scheme.SchemeCatalog;

/** The scheme an API call is computed under: the one named, or the default one in force today. */
@Component
class SchemeLookup {

    private final SchemeCatalog schemes;
    private final Clock clock;

    SchemeLookup(SchemeCatalog schemes, Clock clock) {
        this.schemes = schemes;
        this.clock = clock;
    }

    EvaluationSchemeView schemeFor(String code) {
        if (code != null) {
            return schemes.byCode(code).orElseThrow(() -> new InvalidInputException(
                    List.of(FieldViolation.of("scheme", "api.scoring.scheme.unknown", code))));
        }
        LocalDate today = LocalDate.now(clock);
        return schemes.inForce(today).orElseThrow(() -> new InvalidInputException(
                List.of(FieldViolation.of("scheme", "api.scoring.scheme.none-in-force",
                        today.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))))));
    }
}

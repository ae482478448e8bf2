package vn.danhgia.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;
import vn.danhgia.platform.AccessRefusedException;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.platform.RuleRefusedException;

class RedirectedRefusalsTests {

    private static final String STALE = "emulationdossier.refused.stale";

    private final RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();

    @Test
    void aChangeThatWentThroughLeavesItsSuccessMessage() {
        RedirectedRefusals.attempt(redirect, "send", () -> { }, "emulationdossier.flash.sent", STALE);

        assertThat(flash()).containsOnlyKeys("flashSuccess")
                .containsEntry("flashSuccess", "emulationdossier.flash.sent");
    }

    @Test
    void invalidInputShowsItsFirstViolationBesideWhatItIsAbout() {
        RedirectedRefusals.attempt(redirect, "PERSONAL_REVIEW", () -> {
            throw new InvalidInputException(List.of(FieldViolation.of("file", "annual.dossier.file.required"),
                    FieldViolation.of("reason", "annual.dossier.reason.required")));
        }, "annual.dossier.flash.uploaded", STALE);

        assertRefused("PERSONAL_REVIEW", "annual.dossier.file.required");
    }

    @Test
    void aRuleRefusalShowsItsKeyAndArguments() {
        RedirectedRefusals.attempt(redirect, "package", () -> {
            throw new RuleRefusedException("annual.dossier.refused.excellent-evidence", "11");
        }, "annual.dossier.flash.sent", STALE);

        assertRefused("package", "annual.dossier.refused.excellent-evidence", "11");
    }

    @Test
    void aVersionChangedMeanwhileReadsTheStaleKey() {
        RedirectedRefusals.attempt(redirect, "send", () -> {
            throw new ObjectOptimisticLockingFailureException("EmulationDossier", 7L);
        }, "emulationdossier.flash.sent", STALE);

        assertRefused("send", STALE);
    }

    @Test
    void anAccessRefusalGoesOnToTheRefusalPage() {
        AccessRefusedException notKeeper = new AccessRefusedException("emulationdossier.refused.not-keeper");

        assertThatThrownBy(() -> RedirectedRefusals.attempt(redirect, "send", () -> {
            throw notKeeper;
        }, "emulationdossier.flash.sent", STALE)).isSameAs(notKeeper);
        assertThat(flash()).isEmpty();
    }

    @Test
    void anAccessRefusalIsShownOnThePageWhenTheCallerAsksForIt() {
        RedirectedRefusals.attemptShowingAccessRefusal(redirect, "award", () -> {
            throw new AccessRefusedException("emulationhistory.refused.notKeeper");
        }, "emulationhistory.flash.awardEntered", "emulationhistory.refused.stale");

        assertRefused("award", "emulationhistory.refused.notKeeper");
    }

    @Test
    void showingAccessRefusalsStillShowsTheOtherRefusals() {
        RedirectedRefusals.attemptShowingAccessRefusal(redirect, "record", () -> {
            throw new ObjectOptimisticLockingFailureException("Achievement", 4L);
        }, "emulationhistory.flash.recorded", "emulationhistory.refused.stale");

        assertRefused("record", "emulationhistory.refused.stale");
    }

    private void assertRefused(String about, String key, Object... arguments) {
        assertThat(flash())
                .containsOnlyKeys("refusalAbout", "refusalKey", "refusalArguments")
                .containsEntry("refusalAbout", about)
                .containsEntry("refusalKey", key);
        assertThat((Object[]) flash().get("refusalArguments")).containsExactly(arguments);
    }

    private Map<String, Object> flash() {
        return Map.copyOf(redirect.getFlashAttributes());
    }
}

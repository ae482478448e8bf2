package vn.danhgia.emulation.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import vn.danhgia.rules.DisciplineForm;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.emulation.Achievement;
import vn.danhgia.rules.emulation.AchievementKind;
import vn.danhgia.rules.emulation.CollectiveYear;
import vn.danhgia.rules.emulation.EmulationReason;
import vn.danhgia.rules.emulation.EmulationReasonCode;
import vn.danhgia.rules.emulation.EmulationRules;
import vn.danhgia.rules.emulation.EmulationThresholds;
import vn.danhgia.rules.emulation.EmulationTitle;
import vn.danhgia.rules.emulation.PersonYear;
import vn.danhgia.rules.emulation.RecognitionLevel;
import vn.danhgia.rules.emulation.Registration;
import vn.danhgia.rules.emulation.TitleEligibility;

/**
 * Every reason the emulation engine gives, met and unmet, reads as a whole sentence in both languages: its figures
 * filled in (no "{0}" left), levels, titles and forms of discipline by their names (no enum code), years without a
 * thousands separator.
 */
class ReasonSentencesTests {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private final ReasonSentences sentences = new ReasonSentences(messages());
    private final EmulationRules rules = new EmulationRules(EmulationThresholds.defaults());

    @Test
    void everyReasonOfTheEngineReadsAsASentenceInBothLanguages() {
        List<EmulationReason> reasons = reasonsOfAFewYears();
        Set<String> seen = new java.util.HashSet<>();
        reasons.forEach(reason -> seen.add(reason.messageKey()));
        // Both outcomes of every condition, except those no history here produces unmet (LATE when it does not block).
        for (EmulationReasonCode code : EmulationReasonCode.values()) {
            assertThat(seen).as("a met or unmet %s among the samples", code)
                    .containsAnyOf("emulation.reason." + code + ".met", "emulation.reason." + code + ".unmet");
        }
        for (Locale locale : List.of(VIETNAMESE, Locale.ENGLISH)) {
            for (EmulationReason reason : reasons) {
                String sentence = sentences.sentence(reason, locale);
                assertThat(sentence).as(reason.toString()).doesNotContain("{", "emulation.reason")
                        .doesNotContainPattern("\\b[A-Z]+_[A-Z_]+\\b")
                        .doesNotContain("EXCELLENT", "GOOD", "COMPLETED", "WARNING", "GRASSROOTS", "NATIONAL", "true",
                                "false", "2,14", "2.14");
            }
        }
    }

    @Test
    void aRunOfYearsNamesTheTitleAndTheFigures() {
        EmulationReason chain = new EmulationReason(EmulationReasonCode.CONSECUTIVE_TITLES, false, "Điều 22",
                List.of(EmulationTitle.GRASSROOTS_EMULATION_FIGHTER, 2, 3));

        assertThat(sentences.sentence(chain, VIETNAMESE))
                .isEqualTo("Mới có 2 năm liên tục đạt Chiến sĩ thi đua cơ sở, cần 3 năm");
    }

    /** Reasons of people and collectives who meet and miss each condition, over 2140–2146. */
    private List<EmulationReason> reasonsOfAFewYears() {
        List<EmulationReason> reasons = new ArrayList<>();
        List<PersonYear> achiever = new ArrayList<>();
        for (int year = 2140; year <= 2145; year++) {
            achiever.add(PersonYear.past(year, RatingLevel.EXCELLENT,
                    EnumSet.of(EmulationTitle.ADVANCED_WORKER, EmulationTitle.GRASSROOTS_EMULATION_FIGHTER),
                    List.of(new Achievement(AchievementKind.INITIATIVE, RecognitionLevel.NATIONAL, year))));
        }
        achiever.set(2, PersonYear.past(2142, RatingLevel.EXCELLENT, EnumSet.of(EmulationTitle.ADVANCED_WORKER,
                EmulationTitle.GRASSROOTS_EMULATION_FIGHTER, EmulationTitle.PROVINCIAL_MERIT,
                EmulationTitle.PROVINCIAL_EMULATION_FIGHTER), List.of()));
        achiever.add(new PersonYear(2146, RatingLevel.EXCELLENT, Registration.ON_TIME, null, false, Set.of(),
                List.of(new Achievement(AchievementKind.RESEARCH, RecognitionLevel.NATIONAL, 2146)), 12, 3));
        rules.forPerson(achiever, 2146).stream().map(TitleEligibility::reasons).forEach(reasons::addAll);
        PersonYear missing = new PersonYear(2146, RatingLevel.COMPLETED, Registration.LATE, DisciplineForm.WARNING,
                true, Set.of(), List.of(), 8, 45);
        rules.forPerson(List.of(missing), 2146).stream().map(TitleEligibility::reasons).forEach(reasons::addAll);
        PersonYear undecided = new PersonYear(2146, null, Registration.MISSING, null, false, Set.of(), List.of(),
                null, null);
        rules.forPerson(List.of(undecided), 2146).stream().map(TitleEligibility::reasons).forEach(reasons::addAll);
        CollectiveYear good = new CollectiveYear(2146, RatingLevel.EXCELLENT, Registration.ON_TIME, false, Set.of(),
                List.of(new CollectiveYear.Member(RatingLevel.EXCELLENT, null, true, true),
                        new CollectiveYear.Member(RatingLevel.GOOD, null, true, false)));
        CollectiveYear weak = new CollectiveYear(2146, RatingLevel.COMPLETED, Registration.MISSING, true, Set.of(),
                List.of(new CollectiveYear.Member(RatingLevel.NOT_COMPLETED, DisciplineForm.WARNING, false, false),
                        new CollectiveYear.Member(RatingLevel.GOOD, null, false, false)));
        for (CollectiveYear collective : List.of(good, weak)) {
            rules.forCollective(collective).stream().map(TitleEligibility::reasons).forEach(reasons::addAll);
        }
        return reasons;
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("i18n/emulationreview", "i18n/emulation", "i18n/rules");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(VIETNAMESE);
        return source;
    }
}

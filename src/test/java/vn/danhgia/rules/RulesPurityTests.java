package vn.danhgia.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The rules are plain Java so that every module and other systems can reuse them: nothing but the JDK, in the root
 * package and in every subpackage (the yearly rules of {@code annual} too). The package-info of the root carries the
 * Spring Modulith annotation that opens the module; it is metadata, not code, and left out. The root holds the
 * vocabulary every rule speaks (levels, reasons, sources, the rating rules' thresholds), the subpackages the rules
 * grouped by what they decide; the vocabulary depends on none of them and they form no cycle.
 */
class RulesPurityTests {

    private final JavaClasses rules = new ClassFileImporter()
            .withImportOption(new ImportOption.DoNotIncludeTests())
            .importPackages("vn.danhgia.rules");

    @Test
    void rulesDependOnTheJdkOnly() {
        noClasses().that().resideInAPackage("vn.danhgia.rules..").and().doNotHaveSimpleName("package-info")
                .should().dependOnClassesThat().resideOutsideOfPackages("java..", "vn.danhgia.rules..")
                .check(rules);
    }

    @Test
    void theVocabularyDependsOnNoRule() {
        noClasses().that().resideInAPackage("vn.danhgia.rules")
                .should().dependOnClassesThat().resideInAPackage("vn.danhgia.rules.*..")
                .check(rules);
    }

    @Test
    void theRulesFormNoCycle() {
        slices().matching("vn.danhgia.rules.(*)..").should().beFreeOfCycles().check(rules);
    }

    @Test
    void everyPackageOfTheRulesIsImportedAndCovered() {
        for (String subpackage : new String[] {"quarterly", "quota", "council", "yearend", "annual", "emulation"}) {
            assertThat(rules.containPackage("vn.danhgia.rules." + subpackage)).as(subpackage).isTrue();
        }
        assertThat(rules.get("vn.danhgia.rules.annual.AnnualRatingEngine")).isNotNull();
        assertThat(rules.get("vn.danhgia.rules.quarterly.RatingEngine")).isNotNull();
    }
}

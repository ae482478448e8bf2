package vn.danhgia.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The rules are plain Java so that every module and other systems can reuse them: nothing but the JDK, in the root
 * package and in every subpackage (the yearly rules of {@code annual} too). The package-info of the root carries the
 * Spring Modulith annotation that opens the module; it is metadata, not code, and left out.
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
    void theAnnualRulesAreImportedAndCovered() {
        org.assertj.core.api.Assertions.assertThat(rules.containPackage("vn.danhgia.rules.annual")).isTrue();
        org.assertj.core.api.Assertions.assertThat(rules.get("vn.danhgia.rules.annual.AnnualRatingEngine")).isNotNull();
    }
}

package vn.danhgia.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The rules are plain Java so that every module and other systems can reuse them: nothing but the JDK. */
class RulesPurityTests {

    private final JavaClasses rules = new ClassFileImporter()
            .withImportOption(new ImportOption.DoNotIncludeTests())
            .importPackages("vn.danhgia.rules");

    @Test
    void rulesDependOnTheJdkOnly() {
        // package-info only declares the module to Spring Modulith (open, so rules.annual is usable); no rule uses it.
        noClasses().that().resideInAPackage("vn.danhgia.rules..").and().doNotHaveSimpleName("package-info")
                .should().dependOnClassesThat().resideOutsideOfPackages("java..", "vn.danhgia.rules..")
                .check(rules);
    }
}

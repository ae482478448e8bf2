package vn.danhgia;

import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Module boundaries (STYLE.md "Layout"): verified on every build; the diagram goes to target/spring-modulith-docs. */
class ModularityTests {

    private static final ApplicationModules MODULES = ApplicationModules.of(DanhgiaApplication.class);
    private static final JavaClasses MAIN_CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("vn.danhgia");

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    /** The engine is plain Java so other systems and every module can reuse it (DEVELOPERS.md "How we build"). */
    @Test
    void rulesImportNothingButTheJdk() {
        noClasses().that().resideInAPackage("vn.danhgia.rules..").and().doNotHaveSimpleName("package-info")
                .should().dependOnClassesThat().resideOutsideOfPackages("vn.danhgia.rules..", "java..")
                .because("the scoring and rating rules are plain Java with no Spring, JPA or servlet types")
                .check(MAIN_CLASSES);
    }

    /**
     * The rules module is open so that every module may use the yearly rules in {@code vn.danhgia.rules.annual} as it
     * uses the root package (without it Modulith reports them as non-exposed types of 'rules').
     */
    @Test
    void rulesModuleIsOpenForItsSubpackages() {
        assertThat(MODULES.getModuleByName("rules").orElseThrow().isOpen()).isTrue();
    }

    /**
     * The rating pipeline is four modules, each depending only on the steps before it (issue 13 §1):
     * appraisal, council, decision, publication; the council needs nothing of the appraisal.
     */
    @Test
    void ratingStepsDependOnEarlierStepsOnly() {
        assertThat(MODULES.stream().map(module -> module.getIdentifier().toString()))
                .contains("appraisal", "council", "decision", "publication").doesNotContain("review");
        MODULES.stream().forEach(module ->
                System.out.println("module " + module.getIdentifier() + ": " + module.getDisplayName()));
        String[] steps = {"appraisal", "council", "decision", "publication"};
        for (int step = 0; step < steps.length; step++) {
            for (int later = step + 1; later < steps.length; later++) {
                noClasses().that().resideInAPackage("vn.danhgia." + steps[step] + "..")
                        .should().dependOnClassesThat().resideInAPackage("vn.danhgia." + steps[later] + "..")
                        .because(steps[step] + " comes before " + steps[later] + " in the rating pipeline")
                        .check(MAIN_CLASSES);
            }
        }
        noClasses().that().resideInAPackage("vn.danhgia.council..")
                .should().dependOnClassesThat().resideInAPackage("vn.danhgia.appraisal..")
                .because("the council votes on its own; the decision reads the appraisal and the council's result")
                .check(MAIN_CLASSES);
    }

    @Test
    void writesModuleDiagram() {
        Documenter documenter = new Documenter(MODULES);
        documenter.writeModulesAsPlantUml();
        assertThat(Path.of("target", "spring-modulith-docs", "components.puml")).isNotEmptyFile();
    }
}

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

    @Test
    void writesModuleDiagram() {
        Documenter documenter = new Documenter(MODULES);
        documenter.writeModulesAsPlantUml();
        assertThat(Path.of("target", "spring-modulith-docs", "components.puml")).isNotEmptyFile();
    }
}

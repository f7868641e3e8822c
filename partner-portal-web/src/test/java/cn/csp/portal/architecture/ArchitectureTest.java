package cn.csp.portal.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.csp.portal.customer.WebImportingCoreClass;
import cn.csp.portal.web.portal.PortalSection;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The production classes of every module keep the module structure, and the web module's classes
 * keep what its templates rely on.
 */
class ArchitectureTest {

  private static final DescribedPredicate<JavaClass> RECORDS_OR_ENUMS =
      DescribedPredicate.describe("are records or enums", c -> c.isRecord() || c.isEnum());

  private static JavaClasses production;

  @BeforeAll
  static void importProductionClasses() {
    production =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // core modules arrive as jars during `verify`; only the shared test-jar is not
            // production
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages(ModuleRules.ROOT);
  }

  @Test
  void modulesDependDownwardsOnly() {
    ModuleRules.dependencyDirection().check(production);
  }

  @Test
  void thereAreNoCyclesBetweenModules() {
    ModuleRules.noCycles().check(production);
  }

  static List<String> modules() {
    return ModuleRules.CORE_MODULES;
  }

  @ParameterizedTest(name = "{0} keeps its internals")
  @MethodSource("modules")
  void moduleInternalsAreNotUsedFromOutside(String module) {
    ModuleRules.internalsStayInside(module).allowEmptyShould(true).check(production);
  }

  /**
   * The web module's records and enums are what its controllers hand to the templates, and the
   * templates' SpEL expressions compile to bytecode only when they call public types: on a
   * package-private one every call is a reflective lookup and invocation, row after row (the
   * customer list's rows, docs/performance.md, ninth round). Private ones never reach a template,
   * and the API's records become JSON, not pages.
   */
  @Test
  void theWebModulesRecordsAndEnumsArePublic() {
    classes()
        .that()
        .resideInAPackage("cn.csp.portal.web..")
        .and()
        .resideOutsideOfPackage("cn.csp.portal.web.api..")
        .and(RECORDS_OR_ENUMS)
        .and()
        .areNotPrivate()
        .should()
        .bePublic()
        .check(production);
  }

  /** The rules are not vacuous: a core class that imports the web module fails them. */
  @Test
  void aCoreModuleImportingTheWebModuleFailsTheBuild() {
    JavaClasses withViolation =
        new ClassFileImporter().importClasses(WebImportingCoreClass.class, PortalSection.class);

    assertThatThrownBy(() -> ModuleRules.dependencyDirection().check(withViolation))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(WebImportingCoreClass.class.getName())
        .hasMessageContaining(PortalSection.class.getName());
  }
}

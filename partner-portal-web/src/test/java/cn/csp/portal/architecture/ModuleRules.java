package cn.csp.portal.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import java.util.List;

/**
 * The module structure of the portal (docs/architecture.md), as ArchUnit rules. Maven already
 * refuses an upward dependency between module jars; these rules also cover what Maven cannot see: a
 * module's internals, cycles between packages, and the shared kernel.
 */
final class ModuleRules {

  static final String ROOT = "cn.csp.portal";
  static final List<String> CORE_MODULES =
      List.of("kernel", "partner", "customer", "subscription", "billing", "support");

  private ModuleRules() {}

  /** Who may use whom: web uses every core; each core only the modules below it. */
  static ArchRule dependencyDirection() {
    return layeredArchitecture()
        .consideringOnlyDependenciesInAnyPackage(ROOT + "..")
        .layer("web")
        .definedBy(webLayer())
        .layer("support")
        .definedBy(ROOT + ".support..")
        .layer("billing")
        .definedBy(ROOT + ".billing..")
        .layer("subscription")
        .definedBy(ROOT + ".subscription..")
        .layer("customer")
        .definedBy(ROOT + ".customer..")
        .layer("partner")
        .definedBy(ROOT + ".partner..")
        .layer("kernel")
        .definedBy(ROOT + ".kernel..")
        .whereLayer("web")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("support")
        .mayOnlyBeAccessedByLayers("web")
        .whereLayer("billing")
        // support checks the invoice a billing dispute names
        .mayOnlyBeAccessedByLayers("support", "web")
        .whereLayer("subscription")
        .mayOnlyBeAccessedByLayers("billing", "support", "web")
        .whereLayer("customer")
        .mayOnlyBeAccessedByLayers("subscription", "billing", "support", "web")
        .whereLayer("partner")
        .mayOnlyBeAccessedByLayers("customer", "subscription", "billing", "support", "web")
        .whereLayer("kernel")
        .mayOnlyBeAccessedByLayers(
            "partner", "customer", "subscription", "billing", "support", "web")
        .as(
            "Modules depend downwards only: web -> support|billing -> subscription -> customer -> partner -> kernel");
  }

  /** The application class lives in the root package; it belongs to the web layer. */
  private static DescribedPredicate<JavaClass> webLayer() {
    return DescribedPredicate.describe(
        "the web module",
        c -> c.getPackageName().startsWith(ROOT + ".web") || c.getPackageName().equals(ROOT));
  }

  static ArchRule noCycles() {
    return slices().matching(ROOT + ".(*)..").should().beFreeOfCycles();
  }

  /** A module's internal package is its own: others go through the facade in its root package. */
  static ArchRule internalsStayInside(String module) {
    String modulePackage = ROOT + "." + module;
    return ArchRuleDefinition.noClasses()
        .that()
        .resideOutsideOfPackage(modulePackage + "..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(modulePackage + ".internal..")
        .as("Only " + module + " itself uses " + modulePackage + ".internal");
  }
}

package id.kinerja.platform;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaAccess.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering of DESIGN.md: features, then domain / service / ui / api layers. */
@AnalyzeClasses(
    packages = "id.kinerja.platform",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule domainDependsOnNoServiceUiOrApi =
      noClasses()
          .that()
          .resideInAPackage("..domain..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "id.kinerja.platform..service..",
              "id.kinerja.platform..ui..",
              "id.kinerja.platform..api..",
              "com.vaadin..",
              "jakarta.ws..");

  @ArchTest
  static final ArchRule domainUsesNoJakartaEeBeyondPersistence =
      noClasses()
          .that()
          .resideInAPackage("..domain..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "jakarta.enterprise..", "jakarta.inject..", "jakarta.ejb..", "jakarta.servlet..");

  @ArchTest
  static final ArchRule servicesKnowNoViewsOrResources =
      noClasses()
          .that()
          .resideInAPackage("..service..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("id.kinerja.platform..ui..", "id.kinerja.platform..api..");

  @ArchTest
  static final ArchRule viewsAndResourcesDoNotUseEachOther =
      noClasses()
          .that()
          .resideInAPackage("..ui..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("id.kinerja.platform..api..");

  /** Who acts is the request's {@code Actor}: only the security feature reads the principal. */
  @ArchTest
  static final ArchRule onlySecurityReadsThePrincipal =
      noClasses()
          .that()
          .resideOutsideOfPackage("id.kinerja.platform.security..")
          .should()
          .callMethodWhere(
              target(name("getUserPrincipal"))
                  .or(target(name("getCallerPrincipal")))
                  .or(target(name("isUserInRole")))
                  .or(target(name("isCallerInRole"))))
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("jakarta.ws.rs.core.SecurityContext")
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("jakarta.security.enterprise.SecurityContext")
          .because("views, resources and services inject Actor (issue 9)");

  /** Queries and writes belong to services and their repositories. */
  @ArchTest
  static final ArchRule onlyServicesTouchTheEntityManager =
      noClasses()
          .that()
          .resideOutsideOfPackage("..service..")
          .should()
          .dependOnClassesThat()
          .haveFullyQualifiedName("jakarta.persistence.EntityManager")
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("id.kinerja.platform.tenancy.service.TenantEntityManager")
          .because("views, resources and the domain go through services (issue 9)");

  /** The domain is plain Java with JPA mappings: no container, no HTTP, no plugins. */
  @ArchTest
  static final ArchRule domainImportsNoJakartaBeyondPersistenceNorThePluginApi =
      noClasses()
          .that()
          .resideInAPackage("id.kinerja.platform..domain..")
          .should()
          .dependOnClassesThat(
              resideInAPackage("jakarta..").and(not(resideInAPackage("jakarta.persistence.."))))
          .orShould()
          .dependOnClassesThat()
          .resideInAPackage("id.kinerja.plugin.api..");

  @ArchTest
  static final ArchRule featuresHaveNoCycles =
      slices().matching("id.kinerja.platform.(*)..").should().beFreeOfCycles();
}

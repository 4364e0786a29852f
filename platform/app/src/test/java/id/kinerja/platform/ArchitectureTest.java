package id.kinerja.platform;

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

  @ArchTest
  static final ArchRule featuresHaveNoCycles =
      slices().matching("id.kinerja.platform.(*)..").should().beFreeOfCycles();
}

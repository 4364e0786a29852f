package id.kinerja.plugin.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ApiDependsOnTheJdkOnlyTest {

  @Test
  void theApiReferencesOnlyJavaTypesSoPluginsGetNoEntityManagerOrJdbc() {
    JavaClasses api =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.kinerja.plugin.api");

    noClasses()
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages("java..", "id.kinerja.plugin.api..")
        .orShould()
        .dependOnClassesThat()
        .resideInAnyPackage("java.sql..", "javax.sql..")
        .check(api);
  }
}

package cn.hinews.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The arrows that must never be: core knows nothing of Spring, the web or the CLI. */
class ArchitectureTest {
  private final JavaClasses classes =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("cn.hinews");

  @Test
  void coreNeverImportsSpringOrTheApp() {
    noClasses()
        .that()
        .resideInAPackage("cn.hinews.core..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.springframework..", "cn.hinews.app..", "picocli..", "jakarta.servlet..")
        .check(classes);
  }

  @Test
  void theWebLayerDoesNotReachIntoTheCli() {
    noClasses()
        .that()
        .resideInAPackage("cn.hinews.app.web..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("cn.hinews.app.cli..")
        .check(classes);
  }

  @Test
  void onlyTheStoreTalksJdbc() {
    noClasses()
        .that()
        .resideInAPackage("cn.hinews..")
        .and()
        .resideOutsideOfPackage("cn.hinews.core.store..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("java.sql..", "org.flywaydb..", "com.zaxxer..")
        .check(classes);
  }

  @Test
  void theStagesOfTheCoreHaveNoCycles() {
    slices().matching("cn.hinews.core.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void theSubPackagesOfTheAnalysisHaveNoCycles() {
    slices().matching("cn.hinews.core.analysis.(*)..").should().beFreeOfCycles().check(classes);
  }
}

package dev.parley.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The core stays small and free of adapters, and its feature packages do not depend on each other in circles. */
class ArchitectureTest {
  private static final JavaClasses CORE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.parley.core");

  @Test
  void coreDependsOnNoAdapter() {
    noClasses().that().resideInAPackage("dev.parley.core..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "dev.parley.app..", "picocli..", "edu.stanford..", "java.sql..", "javax.sql..",
            "io.javalin..", "org.apache.flink..", "org.apache.lucene..", "org.flywaydb..")
        .check(CORE);
  }

  @Test
  void featurePackagesAreFreeOfCycles() {
    slices().matching("dev.parley.core.(*)..").should().beFreeOfCycles().check(CORE);
  }
}

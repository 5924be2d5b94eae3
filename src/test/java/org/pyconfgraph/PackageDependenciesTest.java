package org.pyconfgraph;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The package structure the README's Layout section describes, read from the compiled classes. */
@DisplayName("The packages")
class PackageDependenciesTest {
    /** The README's order, lowest first: a package may use its own level and the ones before it, never a later one. */
    private static final List<List<String>> LEVELS = List.of(
        List.of("model"),
        List.of("load", "validate", "infer", "format"),
        List.of("release"),
        List.of("store"),
        List.of("publish"),
        List.of("bench"),
        List.of("cli"));

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.pyconfgraph");
    }

    @Test
    @DisplayName("depend on each other without a cycle, every subpackage counted on its own")
    void haveNoCycle() {
        slices().matching("org.pyconfgraph.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    @DisplayName("depend one way: model, then load, validate, infer and format, release, store, publish, bench, cli")
    void dependInTheReadmeOrder() {
        for (int level = 0; level < LEVELS.size() - 1; level++) {
            String[] later = LEVELS.subList(level + 1, LEVELS.size()).stream().flatMap(List::stream)
                .map(PackageDependenciesTest::tree).toArray(String[]::new);
            noClasses().that().resideInAnyPackage(trees(LEVELS.get(level)))
                .should().dependOnClassesThat().resideInAnyPackage(later)
                .check(classes);
        }
    }

    @Test
    @DisplayName("of the server: its plug-in interface uses no module, and only the assembler uses every module")
    void keepThePublishInterfaceBelowItsModules() {
        noClasses().that().resideInAPackage("org.pyconfgraph.publish")
            .should().dependOnClassesThat().resideInAPackage("org.pyconfgraph.publish.*..")
            .check(classes);
        noClasses().that().resideInAPackage("org.pyconfgraph.publish..")
            .and().resideOutsideOfPackage("org.pyconfgraph.publish.server..")
            .should().dependOnClassesThat().resideInAPackage("org.pyconfgraph.publish.server..")
            .check(classes);
    }

    /** A new top-level package must be placed in the order, or the order rule would not see it. */
    @Test
    @DisplayName("each have a place in that order")
    void eachHaveAPlaceInTheOrder() {
        List<String> placed = LEVELS.stream().flatMap(List::stream).toList();
        List<String> unplaced = classes.stream().map(JavaClass::getPackageName)
            .filter(p -> p.startsWith("org.pyconfgraph."))
            .map(p -> p.substring("org.pyconfgraph.".length()).split("\\.")[0])
            .distinct().filter(p -> !placed.contains(p)).toList();
        assertEquals(List.of(), unplaced, "top-level packages missing from LEVELS");
    }

    private static String[] trees(List<String> packages) {
        return packages.stream().map(PackageDependenciesTest::tree).toArray(String[]::new);
    }

    private static String tree(String topLevel) { return "org.pyconfgraph." + topLevel + ".."; }
}

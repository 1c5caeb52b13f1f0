package gov.chuangcheng.platform.testing;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;

/**
 * Holds a service's packages to a directed graph: a feature package may use another one, never the other way round
 * as well (directly or through others). Each service's {@code PackageCyclesTest} calls {@link #assertNone(String)}
 * with its base package; the build fails on the first cycle, naming the classes that close it.
 */
public final class PackageCycles {

    private PackageCycles() {}

    /** Fails when the top-level packages below {@code basePackage} (its features) depend on each other in a cycle. */
    public static void assertNone(String basePackage) {
        assertNone(
                new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                        .importPackages(basePackage),
                basePackage);
    }

    static void assertNone(JavaClasses classes, String basePackage) {
        SlicesRuleDefinition.slices()
                .matching(basePackage + ".(*)..")
                .should()
                .beFreeOfCycles()
                .check(classes);
    }
}

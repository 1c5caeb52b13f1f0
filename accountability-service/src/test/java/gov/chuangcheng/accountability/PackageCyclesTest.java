package gov.chuangcheng.accountability;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import gov.chuangcheng.platform.testing.PackageCycles;
import org.junit.jupiter.api.Test;

/**
 * The feature packages of accountability-service form a directed graph: request → rectification → escalation, ledger,
 * deadline, calendar; notice → rectification, ledger, ranking. The ladder and the step schedule know orders only by plain values (order id, deadline, level)
 * and the ledger by an {@code OrderRef}; reaching a rung is the order's side.
 */
class PackageCyclesTest {

    private static final String BASE = "gov.chuangcheng.accountability";

    @Test
    void featurePackagesDependOnEachOtherWithoutACycle() {
        PackageCycles.assertNone(BASE);
    }

    @Test
    void theDirectionIsFixed() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(BASE);
        noClasses()
                .that()
                .resideInAnyPackage(
                        BASE + ".escalation..", BASE + ".ledger..", BASE + ".deadline..", BASE + ".calendar..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(BASE + ".rectification..", BASE + ".request..")
                .check(classes);
        noClasses()
                .that()
                .resideInAPackage(BASE + ".rectification..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(BASE + ".request..")
                .check(classes);
        // the 通报 reads orders, ledger and ranking; none of them knows it
        noClasses()
                .that()
                .resideInAnyPackage(BASE + ".rectification..", BASE + ".ledger..", BASE + ".ranking..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(BASE + ".notice..")
                .check(classes);
    }
}

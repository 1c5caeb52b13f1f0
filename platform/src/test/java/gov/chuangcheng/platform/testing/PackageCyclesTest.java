package gov.chuangcheng.platform.testing;

import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** The checker itself must be able to fail: two fixture packages are wired into a cycle on purpose. */
class PackageCyclesTest {

    @Test
    void aCycleBetweenTwoPackagesFails() {
        assertThrows(AssertionError.class, () -> PackageCycles.assertNone(fixtures("cycle"), base("cycle")));
    }

    @Test
    void theSamePackagesWithoutTheBackEdgeAreFine() {
        PackageCycles.assertNone(fixtures("nocycle"), base("nocycle"));
    }

    private static String base(String fixture) {
        return "gov.chuangcheng.platform.testing.fixtures." + fixture;
    }

    private static JavaClasses fixtures(String fixture) {
        return new ClassFileImporter().importPackages(base(fixture));
    }
}

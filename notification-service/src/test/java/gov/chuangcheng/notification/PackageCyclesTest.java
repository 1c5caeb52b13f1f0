package gov.chuangcheng.notification;

import gov.chuangcheng.platform.testing.PackageCycles;
import org.junit.jupiter.api.Test;

/**
 * The service's features form a directed graph: intake → routing, webhook; webhook → routing, message;
 * routing → mail, message; mail → message; inbox → message. A cycle fails the build, naming the classes that close it.
 */
class PackageCyclesTest {

    @Test
    void theFeaturePackagesDependOnEachOtherWithoutACycle() {
        PackageCycles.assertNone("gov.chuangcheng.notification");
    }
}

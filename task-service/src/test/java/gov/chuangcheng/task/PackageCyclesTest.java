package gov.chuangcheng.task;

import gov.chuangcheng.platform.testing.PackageCycles;
import org.junit.jupiter.api.Test;

/**
 * The feature packages of task-service form a directed graph: a feature may use another one (dashboard → campaign →
 * calendar, decomposition → campaign and directory), never the other way round as well.
 */
class PackageCyclesTest {

    @Test
    void featurePackagesDependOnEachOtherWithoutACycle() {
        PackageCycles.assertNone("gov.chuangcheng.task");
    }
}

package gov.chuangcheng.inspection;

import gov.chuangcheng.platform.testing.PackageCycles;
import org.junit.jupiter.api.Test;

/**
 * The feature packages of inspection-service form a directed graph: a feature may use another one (inspection →
 * checklist → catalogue, inspection → point, reinspection → open311, inspection and open311 → responsibility →
 * point, mock → patrol, point and catalogue), never the other way round as well.
 */
class PackageCyclesTest {

    @Test
    void featurePackagesDependOnEachOtherWithoutACycle() {
        PackageCycles.assertNone("gov.chuangcheng.inspection");
    }
}

package gov.chuangcheng.accountability;

import gov.chuangcheng.platform.testing.PackageCycles;
import org.junit.jupiter.api.Test;

/**
 * The feature packages of accountability-service form a directed graph: request → rectification → escalation, ledger,
 * deadline, calendar. The ladder and the step schedule know orders only by plain values (order id, deadline, level)
 * and the ledger by an {@code OrderRef}; reaching a rung is the order's side.
 */
class PackageCyclesTest {

    @Test
    void featurePackagesDependOnEachOtherWithoutACycle() {
        PackageCycles.assertNone("gov.chuangcheng.accountability");
    }
}

package gov.chuangcheng.inspection;

import gov.chuangcheng.platform.testing.ServiceContractTest;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class InspectionServiceContractTest extends ServiceContractTest {}

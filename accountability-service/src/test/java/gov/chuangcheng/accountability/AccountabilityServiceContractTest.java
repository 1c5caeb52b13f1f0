package gov.chuangcheng.accountability;

import gov.chuangcheng.platform.testing.ServiceContractTest;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class AccountabilityServiceContractTest extends ServiceContractTest {}

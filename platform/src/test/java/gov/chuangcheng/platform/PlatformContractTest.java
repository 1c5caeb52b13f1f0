package gov.chuangcheng.platform;

import gov.chuangcheng.platform.testing.ServiceContractTest;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PlatformContractTest extends ServiceContractTest {}

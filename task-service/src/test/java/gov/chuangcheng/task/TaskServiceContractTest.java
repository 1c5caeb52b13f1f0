package gov.chuangcheng.task;

import gov.chuangcheng.platform.testing.ServiceContractTest;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class TaskServiceContractTest extends ServiceContractTest {}

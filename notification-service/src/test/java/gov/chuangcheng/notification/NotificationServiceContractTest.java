package gov.chuangcheng.notification;

import gov.chuangcheng.platform.testing.ServiceContractTest;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class NotificationServiceContractTest extends ServiceContractTest {}

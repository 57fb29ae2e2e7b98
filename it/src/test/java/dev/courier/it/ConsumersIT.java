package dev.courier.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.courier.it.app.TestApp;
import dev.courier.it.support.Handled;
import dev.courier.it.support.Management;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each transport's queue is consumed by as many sessions as the transport's concurrency. */
@ExtendWith(ArquillianExtension.class)
class ConsumersIT {

  @ArquillianResource ManagementClient management;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return TestApp.ear();
  }

  @ParameterizedTest
  @CsvSource({"high, 8", "normal, 4", "low, 2"})
  void eachQueueHasOneConsumerPerSessionOfItsTransport(String transport, int concurrency)
      throws Exception {
    await().atMost(Handled.TIMEOUT).until(() -> consumers(transport) == concurrency);
    assertEquals(concurrency, consumers(transport));
  }

  private int consumers(String transport) {
    return (int)
        new Management(management).queueAttribute("courier." + transport, "consumer-count");
  }
}

package dev.courier.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.courier.it.app.TestApp;
import dev.courier.it.support.Handled;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
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

  private int consumers(String transport) throws Exception {
    ModelNode operation = new ModelNode();
    operation.get("operation").set("read-attribute");
    operation.get("name").set("consumer-count");
    ModelNode address = operation.get("address");
    address.add("subsystem", "messaging-activemq");
    address.add("server", "default");
    address.add("jms-queue", "courier." + transport);
    ModelNode result = management.getControllerClient().execute(operation);
    assertEquals("success", result.get("outcome").asString(), result.toString());
    return result.get("result").asInt();
  }
}

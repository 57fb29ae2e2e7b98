package dev.courier.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.courier.it.app.TestApp;
import dev.courier.it.support.Api;
import dev.courier.it.support.Failures;
import dev.courier.it.support.Management;
import dev.courier.it.support.Transports;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * When the failure store cannot be written, nothing is lost: the broker keeps redelivering, then
 * dead-letters the message, and the drain moves it into the store once it can be written, once.
 */
@ExtendWith(ArquillianExtension.class)
class DeadLetterIT {

  private static final String COURIER_QUEUES = "jms.queue.courier.#";

  @ArquillianResource ManagementClient management;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return TestApp.ear();
  }

  @Test
  void aMessageThatFailsWhileTheStoreIsDownEndsInTheStoreOnceItIsBack() throws Exception {
    // The shipped safety net redelivers for minutes; make it quick for this test only.
    setBrokerRedelivery(3, 100);
    String text = UUID.randomUUID().toString();
    String id;
    try {
      assertEquals(200, Api.post("test/failure-store/offline", "").status());
      try {
        id = Failures.flaky(text, 1_000, "recoverable", "low", 0);
        // 3 attempts by Courier's retries, then the recording fails; the last attempt is
        // redelivered by the broker until its 3 deliveries are spent and it is dead-lettered.
        await().atMost(Duration.ofSeconds(30)).until(() -> Failures.attempts(text).size() >= 5);
        await().atMost(Duration.ofSeconds(30)).until(() -> deadLetterCount() >= 1);
      } finally {
        assertEquals(200, Api.post("test/failure-store/online", "").status());
      }
    } finally {
      setBrokerRedelivery(10, 1000);
    }

    JsonObject record = Failures.awaitRecord(id);
    assertEquals(3, record.getInt("attempts"));
    assertEquals("low", record.getString("transport"));
    assertTrue(record.getString("errorMessage").contains("Dead-lettered"), record.toString());
    assertTrue(record.getJsonArray("errors").size() >= 3, record.toString());
    // Once the dead-letter queue is drained and the transport's queue is empty, no delivery of
    // this message is left that could add an attempt or a second record.
    await().atMost(Duration.ofSeconds(30)).until(() -> deadLetterCount() == 0);
    Transports.awaitIdle("low");
    assertEquals(1, Failures.recordsOf(id).size());
    assertEquals(5, Failures.attempts(text).size());
  }

  private int deadLetterCount() {
    return (int) new Management(management).queueAttribute("courier.dead-letter", "message-count");
  }

  private void setBrokerRedelivery(int maxDeliveryAttempts, long redeliveryDelayMs) {
    Management broker = new Management(management);
    String[] settings = Management.messaging("address-setting", COURIER_QUEUES);
    broker.writeAttribute("max-delivery-attempts", new ModelNode(maxDeliveryAttempts), settings);
    broker.writeAttribute("redelivery-delay", new ModelNode(redeliveryDelayMs), settings);
  }
}

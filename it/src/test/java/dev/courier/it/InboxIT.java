package dev.courier.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.courier.it.app.TestApp;
import dev.courier.it.support.Api;
import dev.courier.it.support.Handled;
import dev.courier.it.support.RawMessages;
import jakarta.json.Json;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The inbox: a handler that asks it does its work once per message id, however often the message is
 * delivered, and a failed attempt leaves no entry behind.
 */
@ExtendWith(ArquillianExtension.class)
class InboxIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return TestApp.ear();
  }

  private static String body(String text, boolean failFirst) {
    return Json.createObjectBuilder()
        .add("text", text)
        .add("failFirst", failFirst)
        .build()
        .toString();
  }

  @Test
  void aMessageDeliveredTwiceIsHandledOnce() {
    String id = UUID.randomUUID().toString();
    String text = UUID.randomUUID().toString();
    RawMessages.send("courier.normal", "test.once", id, body(text, false), "test");
    Handled.awaitOnce(text);

    // The same message again, as the broker delivers it after a crash that lost the
    // acknowledgement.
    RawMessages.send("courier.normal", "test.once", id, body(text, false), "test");
    await().atMost(Handled.TIMEOUT).until(() -> Handled.of("delivered:" + text).size() == 2);

    assertEquals(1, Handled.of(text).size());
  }

  @Test
  void anAttemptThatFailedLeavesNoEntrySoItsRetryIsHandled() {
    String text = UUID.randomUUID().toString();
    Api.Answer answer =
        Api.post("messages", "{\"type\":\"test.once\",\"payload\":" + body(text, true) + "}");
    assertEquals(202, answer.status(), answer.body());

    Handled.awaitOnce(text);
    assertEquals(2, Handled.of("delivered:" + text).size());
  }
}

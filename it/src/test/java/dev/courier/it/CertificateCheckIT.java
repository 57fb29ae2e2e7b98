package dev.courier.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.courier.it.app.TestApp;
import dev.courier.it.support.Api;
import dev.courier.it.support.Failures;
import dev.courier.it.support.LocalHttpsServer;
import dev.courier.it.support.Schedules;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The reference EAR's application schedule: the daily certificate check, run now against two local
 * HTTPS servers the test starts — one certificate valid for a year, one for three days. Both
 * expiries are recorded; the one within the warning window fails the run recoverably, and with no
 * retries left here it lands in the failure store.
 */
@ExtendWith(ArquillianExtension.class)
class CertificateCheckIT {

  private static final int LONG_LIVED = 18643;
  private static final int EXPIRING = 18644;

  private static LocalHttpsServer longLived;
  private static LocalHttpsServer expiring;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return TestApp.withTestHandlers()
        .withSourceExample()
        .config(
            "courier.example.certificates.hosts=127.0.0.1:" + LONG_LIVED + ",127.0.0.1:" + EXPIRING)
        .config("courier.transport.low.retry.max=0")
        .build();
  }

  @BeforeAll
  static void startServers() throws Exception {
    longLived = LocalHttpsServer.start(LONG_LIVED, 365);
    expiring = LocalHttpsServer.start(EXPIRING, 3);
  }

  @AfterAll
  static void stopServers() {
    longLived.close();
    expiring.close();
  }

  @Test
  void theCheckRecordsEachExpiryAndFailsForTheOneExpiringSoon() {
    JsonObject schedule = Schedules.schedule("certificate-check");
    assertEquals("0 0 5 * * *", schedule.getString("expression"));
    assertEquals("example.check-certificates", schedule.getString("messageType"));

    String messageId = Schedules.runNowUntil("certificate-check", "failed").getString("messageId");

    Api.Answer certificates = Api.get("certificates");
    assertEquals(200, certificates.status(), certificates.body());
    List<JsonObject> records = certificates.parse().asJsonArray().getValuesAs(JsonObject.class);
    assertEquals(2, records.size(), certificates.body());
    assertExpiresIn(records, LONG_LIVED, Duration.ofDays(365));
    assertExpiresIn(records, EXPIRING, Duration.ofDays(3));

    JsonObject failure = Failures.awaitRecord(messageId);
    String error = failure.toString();
    assertTrue(error.contains("127.0.0.1:" + EXPIRING + " expires"), error);
    assertTrue(!error.contains("127.0.0.1:" + LONG_LIVED + " expires"), error);
  }

  @Test
  void theCertificatesEndpointIsForAdminsOnlyAndDocumented() {
    assertEquals(401, Api.get(Api.User.ANONYMOUS, "certificates").status());
    assertEquals(403, Api.get(Api.User.OUTSIDER, "certificates").status());
    assertEquals(403, Api.get(Api.User.DISPATCHER, "certificates").status());
    Api.Answer document = Api.get("/openapi?format=JSON");
    assertEquals(200, document.status(), document.body());
    JsonObject operation =
        document
            .json()
            .getJsonObject("paths")
            .getJsonObject("/courier/api/certificates")
            .getJsonObject("get");
    assertTrue(operation.toString().contains("courier-admin"), operation.toString());
  }

  private static void assertExpiresIn(List<JsonObject> records, int port, Duration validity) {
    JsonObject record =
        records.stream()
            .filter(r -> r.getString("endpoint").equals("127.0.0.1:" + port))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no record of port " + port + ": " + records));
    Instant notAfter = Instant.parse(record.getString("notAfter"));
    Instant expected = Instant.now().plus(validity);
    assertTrue(
        Duration.between(notAfter, expected).abs().compareTo(Duration.ofHours(1)) < 0,
        record.toString());
    assertTrue(record.getString("subject").contains("CN=localhost"), record.toString());
  }
}

package dev.courier.it;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.courier.it.app.SecondPingHandler;
import dev.courier.it.app.TestApp;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Mistakes in handlers and routing fail the deployment, naming what is wrong. */
@ExtendWith(ArquillianExtension.class)
class DeploymentValidationIT {

  private static final String UNHANDLED = "unhandled";
  private static final String TWO_HANDLERS = "two-handlers";
  private static final String UNKNOWN_TRANSPORT = "unknown-transport";
  private static final String INVALID_SCHEDULE = "invalid-schedule";
  private static final String SCHEDULE_OF_UNKNOWN_TYPE = "schedule-of-unknown-type";

  @ArquillianResource Deployer deployer;

  @Deployment(name = UNHANDLED, managed = false, testable = false)
  static EnterpriseArchive routedTypeWithoutHandler() {
    return TestApp.withTestHandlers()
        .config("courier.routing.test.orphan=normal")
        .build(UNHANDLED + ".ear");
  }

  @Deployment(name = TWO_HANDLERS, managed = false, testable = false)
  static EnterpriseArchive typeWithTwoHandlers() {
    return TestApp.withTestHandlers().ejb(SecondPingHandler.class).build(TWO_HANDLERS + ".ear");
  }

  @Deployment(name = UNKNOWN_TRANSPORT, managed = false, testable = false)
  static EnterpriseArchive routeToUnknownTransport() {
    return TestApp.withTestHandlers()
        .config("courier.routing.test.ping=urgent")
        .build(UNKNOWN_TRANSPORT + ".ear");
  }

  @Deployment(name = INVALID_SCHEDULE, managed = false, testable = false)
  static EnterpriseArchive invalidScheduleExpression() {
    return TestApp.withTestHandlers()
        .config("courier.schedule.cleanup.expression=every day at four")
        .build(INVALID_SCHEDULE + ".ear");
  }

  @Deployment(name = SCHEDULE_OF_UNKNOWN_TYPE, managed = false, testable = false)
  static EnterpriseArchive scheduleOfUnknownType() {
    return TestApp.withTestHandlers()
        .config("courier.schedule.nightly.type=test.nothing")
        .config("courier.schedule.nightly.expression=0 0 2 * * *")
        .build(SCHEDULE_OF_UNKNOWN_TYPE + ".ear");
  }

  @Test
  void aScheduleOfATypeWithoutHandlerFailsTheDeployment() {
    assertDeploymentFailsNaming(SCHEDULE_OF_UNKNOWN_TYPE, "courier.schedule.nightly.type");
  }

  @Test
  void anInvalidScheduleExpressionFailsTheDeployment() {
    assertDeploymentFailsNaming(INVALID_SCHEDULE, "courier.schedule.cleanup.expression");
  }

  @Test
  void aRoutedTypeWithoutAHandlerFailsTheDeployment() {
    assertDeploymentFailsNaming(UNHANDLED, "test.orphan");
  }

  @Test
  void aTypeWithTwoHandlersFailsTheDeployment() {
    assertDeploymentFailsNaming(TWO_HANDLERS, "test.ping");
  }

  @Test
  void aRouteToAnUnknownTransportFailsTheDeployment() {
    assertDeploymentFailsNaming(UNKNOWN_TRANSPORT, "urgent");
  }

  private void assertDeploymentFailsNaming(String deployment, String name) {
    Exception failure = assertThrows(Exception.class, () -> deployer.deploy(deployment));
    try {
      String message = messages(failure);
      assertTrue(message.contains(name), message);
    } finally {
      deployer.undeploy(deployment);
    }
  }

  private static String messages(Throwable failure) {
    StringBuilder all = new StringBuilder();
    for (Throwable t = failure; t != null; t = t.getCause()) {
      all.append(t.getMessage()).append('\n');
    }
    return all.toString();
  }
}
